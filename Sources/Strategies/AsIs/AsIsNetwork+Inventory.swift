extension AsIsNetwork {
    /// The estate's resources as the summary counts them:
    /// - connections: active peerings between two VPCs of the scenario, available interface
    ///   endpoints, available TGW VPC attachments and available TGW peering attachments
    ///   (each once);
    /// - static routes: every VPC route table's (local routes excluded) and every TGW route
    ///   table's static and blackhole routes; propagated: the VPC CIDRs propagated into TGW
    ///   route tables; the fullest VPC route table;
    /// - security-group rules: inbound rules of every group, one per source;
    /// - network interfaces: one per AZ of each interface endpoint and TGW VPC attachment.
    func inventory() -> Inventory {
        var inventory = Inventory()
        inventory.connections = peerings.values.filter { $0.state == AsIsPeering.activeState && $0.vpcs.count == 2 }.count
            + settings.endpoints.filter { $0.state == AsIsEndpoint.availableState }.count
            + settings.tgwAttachments.filter { $0.state == AsIsTGWAttachment.availableState }.count
        for table in tables {
            inventory.routeEntriesTotal += table.staticRoutes
            inventory.noteTable(entries: table.staticRoutes)
        }
        for table in gatewayTables {
            inventory.routeEntriesTotal += table.routes.filter { !$0.propagated }.count
            inventory.routeEntriesPropagated += table.routes.filter(\.propagated).count
        }
        inventory.securityGroupRules = settings.securityGroups.reduce(0) { $0 + $1.ingress.reduce(0) { $0 + $1.ruleCount } }
        inventory.networkInterfaces = settings.endpoints.reduce(0) { $0 + $1.azs }
            + settings.tgwAttachments.filter { $0.vpc != nil }.reduce(0) { $0 + $1.azs }
        return inventory
    }
}

import CloudModel
import Scenario

/// Reads one Region folder of one account's export into the estate.
struct RegionReader {
    let folder: String
    let account: String
    let region: String

    private func file(_ command: AWSCommand) -> String { EstateLoader.join(folder, command.fileName) }

    private func read<Shape: Decodable>(_ shape: Shape.Type, _ command: AWSCommand) throws(ScenarioError) -> (Shape, String) {
        let path = file(command)
        return (try ExportFile.read(shape, command: command, path: path), path)
    }

    private func at(_ file: String, _ key: String, _ index: Int) -> ItemSource {
        ItemSource(file: file, path: JSONPath().appending(key: key).appending(index: index))
    }

    mutating func read(into estate: inout Estate) throws(ScenarioError) {
        let (vpcs, vpcFile) = try read(DescribeVpcs.self, .vpcs)
        // A VPC shared through RAM shows in the owner's and each participant's export: kept once.
        for (i, vpc) in vpcs.vpcs.enumerated() where !estate.vpcs.contains(where: { $0.id == vpc.vpcId }) {
            let extra = (vpc.cidrBlockAssociationSet ?? []).filter { $0.cidrBlockState?.state ?? "associated" == "associated" }
                .map(\.cidrBlock).filter { $0 != vpc.cidrBlock }
            let ipv6 = (vpc.ipv6CidrBlockAssociationSet ?? []).filter { $0.ipv6CidrBlockState?.state ?? "associated" == "associated" }
                .compactMap(\.ipv6CidrBlock)
            estate.vpcs.append(EstateVPC(id: vpc.vpcId, account: vpc.ownerId ?? account, region: region,
                                         nameTag: vpc.tags.name, ipv4Blocks: [vpc.cidrBlock] + extra, ipv6Blocks: ipv6,
                                         isDefault: vpc.isDefault ?? false, source: at(vpcFile, "Vpcs", i)))
        }
        let (subnets, subnetFile) = try read(DescribeSubnets.self, .subnets)
        for (i, s) in subnets.subnets.enumerated() where !estate.subnets.contains(where: { $0.id == s.subnetId }) {
            estate.subnets.append(EstateSubnet(id: s.subnetId, vpcId: s.vpcId, availabilityZone: s.availabilityZone,
                                               cidr: s.cidrBlock, source: at(subnetFile, "Subnets", i)))
        }
        try readRoutes(into: &estate)
        let (peerings, peeringFile) = try read(DescribeVpcPeeringConnections.self, .peerings)
        for (i, p) in peerings.vpcPeeringConnections.enumerated()
        where !estate.peerings.contains(where: { $0.id == p.vpcPeeringConnectionId }) {
            let source = at(peeringFile, "VpcPeeringConnections", i)
            guard let requester = p.requesterVpcInfo.vpcId, let accepter = p.accepterVpcInfo.vpcId else {
                throw ScenarioError(at: .wholeFile(peeringFile), keyPath: source.path.description,
                                    "a peering without RequesterVpcInfo.VpcId or AccepterVpcInfo.VpcId")
            }
            estate.peerings.append(EstatePeering(id: p.vpcPeeringConnectionId, state: p.status?.code ?? "unknown",
                                                 requesterVpc: requester, requesterRegion: p.requesterVpcInfo.region,
                                                 accepterVpc: accepter, accepterRegion: p.accepterVpcInfo.region, source: source))
        }
        try readTransitGateways(into: &estate)
        let (endpoints, endpointFile) = try read(DescribeVpcEndpoints.self, .endpoints)
        for (i, e) in endpoints.vpcEndpoints.enumerated() {
            estate.endpoints.append(EstateEndpoint(id: e.vpcEndpointId, type: e.vpcEndpointType ?? "Interface", vpcId: e.vpcId,
                                                   serviceName: e.serviceName, state: e.state ?? "unknown",
                                                   subnetIds: e.subnetIds ?? [], securityGroups: (e.groups ?? []).compactMap(\.groupId),
                                                   source: at(endpointFile, "VpcEndpoints", i),
                                                   networkInterfaceIds: e.networkInterfaceIds ?? []))
        }
        let (services, serviceFile) = try read(DescribeVpcEndpointServiceConfigurations.self, .endpointServices)
        for (i, s) in services.serviceConfigurations.enumerated() {
            estate.endpointServices.append(EstateEndpointService(
                id: s.serviceId, serviceName: s.serviceName, acceptanceRequired: s.acceptanceRequired ?? true,
                loadBalancerArns: s.networkLoadBalancerArns ?? [], region: region,
                source: at(serviceFile, "ServiceConfigurations", i)))
        }
        let (groups, groupFile) = try read(DescribeSecurityGroups.self, .securityGroups)
        for (i, g) in groups.securityGroups.enumerated() {
            let rules = (g.ipPermissions ?? []).map { p in
                EstateSecurityRule(ipProtocol: p.ipProtocol ?? "-1", fromPort: p.fromPort, toPort: p.toPort,
                                   cidrs: (p.ipRanges ?? []).compactMap(\.cidrIp) + (p.ipv6Ranges ?? []).compactMap(\.cidrIpv6),
                                   prefixLists: (p.prefixListIds ?? []).compactMap(\.prefixListId),
                                   groups: (p.userIdGroupPairs ?? []).compactMap(\.groupId))
            }
            estate.securityGroups.append(EstateSecurityGroup(id: g.groupId, name: g.groupName, vpcId: g.vpcId, inbound: rules,
                                                             outboundRules: g.ipPermissionsEgress?.count ?? 0,
                                                             source: at(groupFile, "SecurityGroups", i)))
        }
        let (lists, listFile) = try read(DescribeManagedPrefixLists.self, .prefixLists)
        for (i, l) in lists.prefixLists.enumerated() where !estate.prefixLists.contains(where: { $0.id == l.prefixListId }) {
            estate.prefixLists.append(EstatePrefixList(id: l.prefixListId, name: l.prefixListName, source: at(listFile, "PrefixLists", i)))
        }
        let (interfaces, interfaceFile) = try read(DescribeNetworkInterfaces.self, .networkInterfaces)
        estate.networkInterfaces += interfaces.networkInterfaces.count
        for (i, n) in interfaces.networkInterfaces.enumerated() where !estate.interfaces.contains(where: { $0.id == n.networkInterfaceId }) {
            let addresses = [n.privateIpAddress].compactMap { $0 } + (n.privateIpAddresses ?? []).compactMap(\.privateIpAddress)
                + (n.ipv6Addresses ?? []).compactMap(\.ipv6Address)
            var unique: [String] = []
            for address in addresses where !unique.contains(address) { unique.append(address) }
            estate.interfaces.append(EstateNetworkInterface(
                id: n.networkInterfaceId, vpcId: n.vpcId, subnetId: n.subnetId, addresses: unique, interfaceType: n.interfaceType,
                interfaceDescription: n.description, instanceId: n.attachment?.instanceId, source: at(interfaceFile, "NetworkInterfaces", i),
                securityGroups: (n.groups ?? []).compactMap(\.groupId)))
        }
        try readLoadBalancing(into: &estate, interfaces: interfaces.networkInterfaces)
    }

    private func readRoutes(into estate: inout Estate) throws(ScenarioError) {
        let (tables, tableFile) = try read(DescribeRouteTables.self, .routeTables)
        for (i, t) in tables.routeTables.enumerated() where !estate.routeTables.contains(where: { $0.id == t.routeTableId }) {
            let source = at(tableFile, "RouteTables", i)
            var routes: [EstateRoute] = []
            for (j, r) in (t.routes ?? []).enumerated() {
                let routeSource = ItemSource(file: tableFile, path: source.path.appending(key: "Routes").appending(index: j))
                guard let destination = r.destinationCidrBlock ?? r.destinationIpv6CidrBlock ?? r.destinationPrefixListId else {
                    throw ScenarioError(at: .wholeFile(tableFile), keyPath: routeSource.path.description,
                                        "a route without DestinationCidrBlock, DestinationIpv6CidrBlock or DestinationPrefixListId")
                }
                let target: EstateRoute.Target
                if let pcx = r.vpcPeeringConnectionId { target = .peering(pcx) }
                else if let tgw = r.transitGatewayId { target = .transitGateway(tgw) }
                else if r.gatewayId == "local" { target = .local }
                else { target = .other(r.gatewayId ?? r.natGatewayId ?? r.networkInterfaceId ?? "unknown") }
                routes.append(EstateRoute(destination: destination, target: target, state: r.state ?? "active", source: routeSource))
            }
            let associations = t.associations ?? []
            estate.routeTables.append(EstateRouteTable(id: t.routeTableId, vpcId: t.vpcId,
                                                       isMain: associations.contains { $0.main == true },
                                                       subnetIds: associations.compactMap(\.subnetId), routes: routes, source: source))
        }
    }

    private func readTransitGateways(into estate: inout Estate) throws(ScenarioError) {
        let (tgws, tgwFile) = try read(DescribeTransitGateways.self, .transitGateways)
        for (i, t) in tgws.transitGateways.enumerated() {
            estate.transitGateways.append(EstateTransitGateway(id: t.transitGatewayId, account: t.ownerId ?? account, region: region,
                                                               state: t.state ?? "unknown", source: at(tgwFile, "TransitGateways", i)))
        }
        let (attachments, attachmentFile) = try read(DescribeTransitGatewayAttachments.self, .tgwAttachments)
        for a in attachments.transitGatewayAttachments {
            if let table = a.association?.transitGatewayRouteTableId,
               !estate.tgwAssociations.contains(where: { $0.attachmentId == a.transitGatewayAttachmentId && $0.routeTableId == table }) {
                estate.tgwAssociations.append(EstateTGWAssociation(attachmentId: a.transitGatewayAttachmentId, routeTableId: table))
            }
        }
        for (i, a) in attachments.transitGatewayAttachments.enumerated()
        where !estate.tgwAttachments.contains(where: { $0.id == a.transitGatewayAttachmentId }) {
            estate.tgwAttachments.append(EstateTGWAttachment(
                id: a.transitGatewayAttachmentId, transitGatewayId: a.transitGatewayId, resourceType: a.resourceType ?? "unknown",
                resourceId: a.resourceId, state: a.state ?? "unknown", routeTableId: a.association?.transitGatewayRouteTableId,
                region: region, source: at(attachmentFile, "TransitGatewayAttachments", i)))
        }
        let (tables, tableFile) = try read(DescribeTransitGatewayRouteTables.self, .tgwRouteTables)
        for (i, t) in tables.transitGatewayRouteTables.enumerated() {
            let routeFile = EstateLoader.join(file(.tgwRoutes), t.transitGatewayRouteTableId + ".json")
            let search = try ExportFile.read(SearchTransitGatewayRoutes.self, command: .tgwRoutes, path: routeFile)
            let routes = search.routes.enumerated().map { j, r in
                EstateTGWRoute(destination: r.destinationCidrBlock ?? r.prefixListId ?? "unknown", type: r.type ?? "static",
                               state: r.state ?? "active",
                               attachmentIds: (r.transitGatewayAttachments ?? []).compactMap(\.transitGatewayAttachmentId),
                               source: ItemSource(file: routeFile, path: JSONPath().appending(key: "Routes").appending(index: j)))
            }
            estate.tgwRouteTables.append(EstateTGWRouteTable(id: t.transitGatewayRouteTableId, transitGatewayId: t.transitGatewayId,
                                                             routes: routes, source: at(tableFile, "TransitGatewayRouteTables", i)))
        }
    }

    private func readLoadBalancing(into estate: inout Estate,
                                   interfaces: [DescribeNetworkInterfaces.Interface]) throws(ScenarioError) {
        let (balancers, balancerFile) = try read(DescribeLoadBalancers.self, .loadBalancers)
        for (i, b) in balancers.loadBalancers.enumerated() {
            estate.loadBalancers.append(EstateLoadBalancer(arn: b.loadBalancerArn, name: b.loadBalancerName, type: b.type ?? "application",
                                                           vpcId: b.vpcId, zones: (b.availabilityZones ?? []).compactMap(\.zoneName),
                                                           source: at(balancerFile, "LoadBalancers", i)))
        }
        let (groups, groupFile) = try read(DescribeTargetGroups.self, .targetGroups)
        for (i, g) in groups.targetGroups.enumerated() {
            let source = at(groupFile, "TargetGroups", i)
            guard let tail = g.targetGroupArn.components(separatedBy: ":targetgroup/").last, g.targetGroupArn.contains(":targetgroup/") else {
                throw ScenarioError(at: .wholeFile(groupFile), keyPath: source.path.appending(key: "TargetGroupArn").description,
                                    "'\(g.targetGroupArn)' is not a target group ARN (…:targetgroup/NAME/ID)")
            }
            let healthFile = EstateLoader.join(file(.targetHealth), tail.replacingOccurrences(of: "/", with: "_") + ".json")
            let health = try ExportFile.read(DescribeTargetHealth.self, command: .targetHealth, path: healthFile)
            let targets = health.targetHealthDescriptions.map { d in
                EstateTarget(id: d.target.id,
                             availabilityZone: d.target.availabilityZone.flatMap { $0 == "all" ? nil : $0 }
                                 ?? zone(of: d.target.id, vpcId: g.vpcId, subnets: estate.subnets, interfaces: interfaces),
                             state: d.targetHealth?.state)
            }
            estate.targetGroups.append(EstateTargetGroup(arn: g.targetGroupArn, name: g.targetGroupName ?? tail, port: g.port, vpcId: g.vpcId,
                                                         targetType: g.targetType ?? "instance", loadBalancerArns: g.loadBalancerArns ?? [],
                                                         targets: targets, source: source))
        }
    }

    /// The AZ of a target: of the network interface of an instance, or of the subnet holding an IP.
    private func zone(of target: String, vpcId: String?, subnets: [EstateSubnet],
                      interfaces: [DescribeNetworkInterfaces.Interface]) -> String? {
        if let interface = interfaces.first(where: { $0.attachment?.instanceId == target || $0.privateIpAddress == target }),
           let zone = interface.availabilityZone {
            return zone
        }
        guard let address = CIDRBlock(target + (target.contains(":") ? "/128" : "/32")) else { return nil }
        return subnets.first { s in
            (vpcId == nil || s.vpcId == vpcId) && s.cidr.flatMap { CIDRBlock($0) }.map { $0.contains(address) } == true
        }?.availabilityZone
    }
}

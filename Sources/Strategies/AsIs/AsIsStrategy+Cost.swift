import CloudModel

extension AsIsStrategy {
    /// States of an endpoint or attachment that AWS no longer bills or counts: gone, or never up.
    static let goneStates: Set<String> = ["deleted", "deleting", "failed", "expired"]

    /// The monthly run rate of the existing connectivity at list prices, every price taken
    /// from the designs' catalogues (`transit-gateway`'s and `privatelink-hub`'s facts, the
    /// shared transfer prices), none typed here:
    /// - `tgw_attachment_hour` per available TGW VPC attachment, and twice per available TGW
    ///   peering attachment (each side pays, as under `transit-gateway`);
    /// - `interface_endpoint_az_hour` per AZ of every interface endpoint AWS still bills
    ///   (whatever its acceptance state, as under `privatelink-hub`; not deleted or failed);
    /// - per reachable demand, by its way: through Transit Gateways, `tgw_processing_per_gb`
    ///   on its bytes (plus `tgw_processing_from_peering_per_gb`, 0 ⚠, across a TGW peering)
    ///   and cross-AZ bytes at `cross_az_to_endpoint_or_tgw_per_gb`; through an endpoint, the
    ///   endpoint processing tiers on the volume pooled per consumer Region and cross-AZ bytes
    ///   at `cross_az_to_endpoint_or_tgw_per_gb`; over a peering, cross-AZ bytes at
    ///   `cross_az_per_gb` each way; always inter-region transfer charged to the sender;
    ///   the cross-AZ share is `StrategyContext.crossAZShare` under `any-az`.
    /// - each service's load balancer (its `load_balancer`, which the import reads from the
    ///   estate's balancer type) by the hour and its capacity units (`LoadBalancerCost`), as
    ///   every other design pays it, so the comparison is on equal terms.
    /// Not included: NAT and internet gateways (the VPCs' own, not connectivity between VPCs).
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let prices = context.prices, hours = prices[.hoursPerMonth]
        let settings = network.settings
        for a in settings.tgwAttachments where a.state == AsIsTGWAttachment.availableState {
            cost.transitGatewayAttachments += Double(a.peerTGW == nil ? 1 : 2) * prices[.tgwAttachmentHour] * hours
        }
        for e in settings.endpoints where !Self.goneStates.contains(e.state) {
            cost.interfaceEndpointHours += Double(e.azs) * prices[.interfaceEndpointAZHour] * hours
        }
        var endpointGB = Array(repeating: 0.0, count: context.topology.regions.count)
        for d in context.topology.demands.indices where ledger.demandStatus[d].isReachable {
            guard case .reachable(_, let via) = verdicts[d] else { continue }
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p else { continue }
            let volume = context.traffic[d]
            let share = context.crossAZShare(consumer: c, provider: p, routing: .anyAZ)
            switch via {
            case .local:
                break
            case .peering:
                cost.crossAZTransfer += volume.totalGB * share * 2 * prices[.crossAZPerGB]
            case .transitGateway(let gateways):
                cost.transitGatewayProcessing += volume.totalGB * prices[.tgwProcessingPerGB]
                    + (gateways > 1 ? volume.totalGB * prices[.tgwProcessingFromPeeringPerGB] : 0)
                cost.crossAZTransfer += volume.totalGB * share * prices[.crossAZToEndpointOrTGWPerGB]
            case .endpoint:
                endpointGB[context.region(of: c)] += volume.totalGB
                cost.crossAZTransfer += volume.totalGB * share * prices[.crossAZToEndpointOrTGWPerGB]
            }
            cost.interRegionTransfer += volume.requestGB * context.interRegionPerGB(from: c, to: p)
                + volume.responseGB * context.interRegionPerGB(from: p, to: c)
        }
        for gb in endpointGB { cost.endpointProcessing += prices.endpointProcessingCost(gigabytesPerMonth: gb) }
        let balancers = addedLoadBalancerCost(ledger: ledger)
        cost.loadBalancerHours = balancers.hours
        cost.loadBalancerCapacityUnits = balancers.capacityUnits
        return cost
    }
}

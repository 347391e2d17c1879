import CloudModel

extension SharedVPCStrategy {
    /// Sharing subnets and peering VPCs are free by the hour; data is charged per reachable
    /// demand:
    /// - inside a Region, the share of bytes that crosses AZs
    ///   under `shared_vpc.client_routing` (`StrategyContext.crossAZShare`) at `cross_az_per_gb` in each direction (sender
    ///   out, receiver in); same-AZ data is free. The VPC-sharing billing page bills data
    ///   transfer to the participant that owns the sending interface ("Billing and metering
    ///   for owner and participants", Amazon VPC User Guide); the total is the same;
    /// - across Regions, over the shared VPCs' link, each direction at the sender's
    ///   inter-Region rate;
    /// - the load balancer of each service (`load_balancer`, an NLB by default) by the hour
    ///   and its capacity units (`LoadBalancerCost`).
    ///
    /// With `cross_region: tgw-peering`, the transit-gateway design's prices as well:
    /// - `tgw_attachment_hour` per available VPC attachment (one per Region) and twice per
    ///   available gateway peering (each side's attachment is billed: secondary sources
    ///   only, `tgw_attachment_hour`'s note; AWS's own pricing page could not be read);
    /// - `tgw_processing_per_gb` on every cross-Region byte, once: the sender's VPC
    ///   attachment sends it into the sender's gateway (requests into the client Region's,
    ///   responses into the service Region's); AWS charges "for each gigabyte sent from a VPC
    ///   to the AWS Transit Gateway" (https://www.amazonaws.cn/en/transit-gateway/pricing/);
    ///   the bytes arriving from the peering attachment at `tgw_processing_from_peering_per_gb`
    ///   (0, ⚠ unconfirmed). In-Region calls take the local route and pay no gateway.
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        let prices = context.prices
        let transfer = DataTransferCost.ofReachableDemands(context, ledger: ledger, crossAZPerGBEachWay: prices[.crossAZPerGB],
                                                           routing: context.configuration.options.sharedVPC.clientRouting)
        var cost = Cost()
        cost.crossAZTransfer = transfer.crossAZTransfer
        cost.interRegionTransfer = transfer.interRegionTransfer
        let balancers = addedLoadBalancerCost(ledger: ledger)
        cost.loadBalancerHours = balancers.hours
        cost.loadBalancerCapacityUnits = balancers.capacityUnits
        guard crossRegion == .tgwPeering else { return cost }
        cost.throughTransitGateways = true
        let attached = attachmentState.reduce(0) { $0 + ($1 == .available ? 1 : 0) }
        let peered = peerings.reduce(0) { $0 + ($1.state == .available ? 1 : 0) }
        cost.transitGatewayAttachments = Double(attached + 2 * peered) * prices[.tgwAttachmentHour] * prices[.hoursPerMonth]
        let perGB = prices[.tgwProcessingPerGB] + prices[.tgwProcessingFromPeeringPerGB]
        for d in context.topology.demands.indices where ledger.demandStatus[d].isReachable {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard context.region(of: c) != context.region(of: p) else { continue }
            cost.transitGatewayProcessing += context.traffic[d].totalGB * perGB
        }
        return cost
    }
}

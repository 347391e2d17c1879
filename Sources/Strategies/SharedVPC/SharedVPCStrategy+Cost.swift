import CloudModel

extension SharedVPCStrategy {
    /// Sharing subnets and peering VPCs are free by the hour; data is charged per reachable
    /// demand:
    /// - inside a Region, the share of bytes that crosses AZs
    ///   (`StrategyContext.crossAZShare`) at `cross_az_per_gb` in each direction (sender
    ///   out, receiver in); same-AZ data is free. The VPC-sharing billing page bills data
    ///   transfer to the participant that owns the sending interface ("Billing and metering
    ///   for owner and participants", Amazon VPC User Guide); the total is the same;
    /// - across Regions, over the shared VPCs' peering, each direction at the sender's
    ///   inter-Region rate.
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let crossAZPerGB = context.prices[.crossAZPerGB]
        for d in context.topology.demands.indices where ledger.demandStatus[d].isReachable {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p else { continue }
            let volume = context.traffic[d]
            cost.crossAZTransfer += volume.totalGB * context.crossAZShare(consumer: c, provider: p)
                * 2 * crossAZPerGB
            cost.interRegionTransfer += volume.requestGB * context.interRegionPerGB(from: c, to: p)
                + volume.responseGB * context.interRegionPerGB(from: p, to: c)
        }
        return cost
    }
}

import CloudModel
import SimKernel

extension PeeringMeshStrategy {
    /// Peering connections are free by the hour; data is charged per reachable demand:
    /// - inside a region, the share of bytes that crosses AZs
    ///   (`StrategyContext.crossAZShare`) at `peering_cross_az_per_gb` in each direction,
    ///   i.e. twice per GB crossing (sender out, receiver in); same-AZ data is free;
    /// - across regions, each direction at the sender's inter-region rate (requests from
    ///   the consumer's region, responses from the provider's).
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        var cost = Cost()
        let crossAZPerGB = context.prices[.peeringCrossAZPerGB]
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

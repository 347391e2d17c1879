import CloudModel
import SimKernel

extension PeeringMeshStrategy {
    /// Peering connections are free by the hour; data is charged per reachable demand:
    /// - inside a region, the share of bytes that crosses AZs
    ///   under `peering.client_routing` (`StrategyContext.crossAZShare`) at `peering_cross_az_per_gb` in each direction,
    ///   i.e. twice per GB crossing (sender out, receiver in); same-AZ data is free;
    /// - across regions, each direction at the sender's inter-region rate (requests from
    ///   the consumer's region, responses from the provider's);
    /// - the load balancer of each service (`load_balancer`, an NLB by default) by the hour
    ///   and its capacity units (`LoadBalancerCost`).
    public func monthlyCost(ledger: ControlPlaneLedger) -> Cost {
        DataTransferCost.ofReachableDemands(context, ledger: ledger, crossAZPerGBEachWay: context.prices[.peeringCrossAZPerGB],
                                        routing: context.configuration.options.peering.clientRouting)
            .adding(addedLoadBalancerCost(ledger: ledger))
    }

    public typealias Cost = DataTransferCost
}

/// The bill of a design whose connections charge nothing by the hour, only data moved
/// between AZs and Regions (VPC peering; one VPC per Region and the peerings between them), plus the
/// load balancers the providers run in front of their services (`load_balancer`).
public struct DataTransferCost: DesignCost, Equatable {
    /// Data crossing AZs inside a region.
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0
    /// Load balancer hours in front of the services.
    public var loadBalancerHours = 0.0
    /// Their capacity units.
    public var loadBalancerCapacityUnits = 0.0

    public init() {}

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(SharedCostItems.loadBalancerHours, loadBalancerHours),
            .init(SharedCostItems.loadBalancerCapacityUnits, loadBalancerCapacityUnits),
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }

    /// This bill with `balancers` added.
    public func adding(_ balancers: LoadBalancerCost) -> DataTransferCost {
        var cost = self
        cost.loadBalancerHours += balancers.hours
        cost.loadBalancerCapacityUnits += balancers.capacityUnits
        return cost
    }

    /// The data bill of every reachable demand between two VPCs: inside a region the share
    /// of bytes that crosses AZs under the clients' `routing` (`StrategyContext.crossAZShare`)
    /// at `crossAZPerGBEachWay` in each direction (sender out, receiver in), same-AZ data
    /// free; across regions each direction at the sender's inter-region rate.
    public static func ofReachableDemands(_ context: StrategyContext, ledger: ControlPlaneLedger,
                                          crossAZPerGBEachWay: Double, routing: ClientRouting) -> DataTransferCost {
        var cost = DataTransferCost()
        for d in context.topology.demands.indices where ledger.demandStatus[d].isReachable {
            let c = context.graph.consumer[d], p = context.graph.provider[d]
            guard c != p else { continue }
            let volume = context.traffic[d]
            cost.crossAZTransfer += volume.totalGB * context.crossAZShare(consumer: c, provider: p, routing: routing) * 2 * crossAZPerGBEachWay
            cost.interRegionTransfer += volume.requestGB * context.interRegionPerGB(from: c, to: p)
                + volume.responseGB * context.interRegionPerGB(from: p, to: c)
        }
        return cost
    }
}

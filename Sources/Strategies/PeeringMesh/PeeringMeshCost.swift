/// The monthly bill of PeeringMeshStrategy, by item (see its `monthlyCost`).
public struct PeeringMeshCost: DesignCost, Equatable {
    /// Data crossing AZs inside a region.
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0

    public init() {}

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }
}

extension PeeringMeshStrategy {
    public typealias Cost = PeeringMeshCost
}

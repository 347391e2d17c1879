/// The monthly bill of SharedVPCStrategy, by item (see its `monthlyCost`).
public struct SharedVPCCost: DesignCost, Equatable {
    /// Data crossing AZs inside a Region's shared VPC.
    public var crossAZTransfer = 0.0
    /// Inter-Region data transfer over the Regions' peerings, charged to the sender.
    public var interRegionTransfer = 0.0

    public init() {}

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }
}

extension SharedVPCStrategy {
    public typealias Cost = SharedVPCCost
}

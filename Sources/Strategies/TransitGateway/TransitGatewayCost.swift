/// The monthly bill of TransitGatewayStrategy, by item (see its `monthlyCost`).
public struct TransitGatewayCost: DesignCost, Equatable {
    /// Transit Gateway attachment hours: VPC attachments and both sides of each TGW peering.
    public var transitGatewayAttachments = 0.0
    /// Transit Gateway data processing.
    public var transitGatewayProcessing = 0.0
    /// Data crossing AZs inside a region.
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0
    /// Load balancer hours in front of the services (`load_balancer`).
    public var loadBalancerHours = 0.0
    /// Their capacity units.
    public var loadBalancerCapacityUnits = 0.0

    public init() {}

    /// The items' names, for any design that pays for transit gateways.
    public static let attachmentsItem = "transit_gateway_attachments"
    public static let processingItem = "transit_gateway_processing"

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(Self.attachmentsItem, transitGatewayAttachments),
            .init(Self.processingItem, transitGatewayProcessing),
            .init(SharedCostItems.loadBalancerHours, loadBalancerHours),
            .init(SharedCostItems.loadBalancerCapacityUnits, loadBalancerCapacityUnits),
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }
}

extension TransitGatewayStrategy {
    public typealias Cost = TransitGatewayCost
}

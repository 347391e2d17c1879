/// The monthly bill of the estate's existing connectivity, by item (see
/// `AsIsStrategy.monthlyCost`).
public struct AsIsCost: DesignCost, Equatable {
    /// Transit Gateway attachment hours: available VPC attachments, both sides of each TGW
    /// peering attachment.
    public var transitGatewayAttachments = 0.0
    /// Transit Gateway data processing.
    public var transitGatewayProcessing = 0.0
    /// Interface endpoint hours, per AZ.
    public var interfaceEndpointHours = 0.0
    /// Interface endpoint data processing, tiered per Region.
    public var endpointProcessing = 0.0
    /// Data crossing AZs inside a region.
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0
    /// The services' load balancers (the estate's own, `load_balancer`) by the hour.
    public var loadBalancerHours = 0.0
    /// Their capacity units.
    public var loadBalancerCapacityUnits = 0.0

    public init() {}

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(TransitGatewayCost.attachmentsItem, transitGatewayAttachments),
            .init(TransitGatewayCost.processingItem, transitGatewayProcessing),
            .init(PrivateLinkHubCost.endpointHoursItem, interfaceEndpointHours),
            .init(PrivateLinkHubCost.endpointProcessingItem, endpointProcessing),
            .init(SharedCostItems.loadBalancerHours, loadBalancerHours),
            .init(SharedCostItems.loadBalancerCapacityUnits, loadBalancerCapacityUnits),
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }
}

extension AsIsStrategy {
    public typealias Cost = AsIsCost
}

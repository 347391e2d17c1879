/// The monthly bill of SharedVPCStrategy, by item (see its `monthlyCost`): the services' load
/// balancers and data transfer,
/// plus, under `cross_region: tgw-peering`, the gateways' attachment hours and processing.
public struct SharedVPCCost: DesignCost, Equatable {
    /// Data crossing AZs inside a Region.
    public var crossAZTransfer = 0.0
    /// Inter-Region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0
    /// Load balancer hours in front of the services.
    public var loadBalancerHours = 0.0
    /// Their capacity units.
    public var loadBalancerCapacityUnits = 0.0
    /// `tgw-peering`: attachment hours of the VPC attachments and both sides of each
    /// gateway peering.
    public var transitGatewayAttachments = 0.0
    /// `tgw-peering`: data processing of cross-Region bytes entering a gateway from its VPC.
    public var transitGatewayProcessing = 0.0
    /// Whether the Regions are linked through transit gateways, whose items the bill then
    /// lists (otherwise it has the two data-transfer items alone).
    public var throughTransitGateways = false

    public init() {}

    public var breakdown: CostBreakdown {
        var items: [CostBreakdown.Item] = [
            .init(SharedCostItems.loadBalancerHours, loadBalancerHours),
            .init(SharedCostItems.loadBalancerCapacityUnits, loadBalancerCapacityUnits),
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ]
        if throughTransitGateways {
            items += [.init(TransitGatewayCost.attachmentsItem, transitGatewayAttachments),
                      .init(TransitGatewayCost.processingItem, transitGatewayProcessing)]
        }
        return CostBreakdown(items)
    }
}

extension SharedVPCStrategy {
    public typealias Cost = SharedVPCCost
}

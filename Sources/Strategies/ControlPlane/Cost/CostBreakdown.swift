/// A monthly run rate in US dollars, by item: what the resources that exist now, carrying
/// the traffic that can flow now, would cost over a 730-hour month at list prices.
///
/// Only reachable demands carry traffic. Hourly items count resources that are working
/// (available endpoints, active NLBs, available attachments); peering connections are free.
public struct CostBreakdown: Equatable, Sendable {
    /// Interface endpoints: one charge per endpoint per AZ (ENI) per hour.
    public var interfaceEndpointHours = 0.0
    /// Interface-endpoint data processing, both directions, tiered per region.
    public var endpointProcessing = 0.0
    /// Network Load Balancer hours (one NLB per provided service).
    public var loadBalancerHours = 0.0
    /// NLB capacity units (NLCU-hours).
    public var loadBalancerCapacityUnits = 0.0
    /// Cross-region PrivateLink provider charge, per service and remote region served.
    public var privateLinkCrossRegion = 0.0
    /// Transit Gateway attachment hours: VPC attachments and both sides of each TGW peering.
    public var transitGatewayAttachments = 0.0
    /// Transit Gateway data processing.
    public var transitGatewayProcessing = 0.0
    /// Data crossing AZs inside a region (peering; NLB cross-zone; TGW/endpoint at its price).
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0

    public init() {}

    /// The monthly run rate, all items.
    public var total: Double {
        interfaceEndpointHours + endpointProcessing + loadBalancerHours + loadBalancerCapacityUnits
            + privateLinkCrossRegion + transitGatewayAttachments + transitGatewayProcessing + crossAZTransfer
            + interRegionTransfer
    }
}

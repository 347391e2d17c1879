/// The monthly bill of PrivateLinkHubStrategy, by item (see its `monthlyCost`).
public struct PrivateLinkHubCost: DesignCost, Equatable {
    /// Interface endpoints: one charge per endpoint per AZ (ENI) per hour.
    public var interfaceEndpointHours = 0.0
    /// Interface-endpoint data processing, both directions, tiered per region.
    public var endpointProcessing = 0.0
    /// Load balancer hours: one NLB per provided service, and an ALB behind it for a
    /// service with `load_balancer: alb`.
    public var loadBalancerHours = 0.0
    /// Their capacity units (NLCU- and LCU-hours).
    public var loadBalancerCapacityUnits = 0.0
    /// Data crossing AZs inside a region.
    public var crossAZTransfer = 0.0
    /// Inter-region data transfer, charged to the sender.
    public var interRegionTransfer = 0.0

    public init() {}

    /// The items' names, for any design that pays for interface endpoints.
    public static let endpointHoursItem = "interface_endpoint_hours"
    public static let endpointProcessingItem = "endpoint_processing"

    public var breakdown: CostBreakdown {
        CostBreakdown([
            .init(Self.endpointHoursItem, interfaceEndpointHours),
            .init(Self.endpointProcessingItem, endpointProcessing),
            .init(SharedCostItems.loadBalancerHours, loadBalancerHours),
            .init(SharedCostItems.loadBalancerCapacityUnits, loadBalancerCapacityUnits),
            .init(SharedCostItems.crossAZTransfer, crossAZTransfer),
            .init(SharedCostItems.interRegionTransfer, interRegionTransfer),
        ])
    }
}

extension PrivateLinkHubStrategy {
    public typealias Cost = PrivateLinkHubCost
}

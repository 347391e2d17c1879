/// A monthly run rate in US dollars, by item: what the resources that exist now, carrying
/// the traffic that can flow now, would cost over a 730-hour month at list prices. Each
/// design names its own items (its `Cost`); this is the design-independent view of them.
///
/// Only reachable demands carry traffic. Hourly items count resources as AWS bills them:
/// interface endpoints from creation whatever their association state, active NLBs,
/// available attachments; peering connections are free.
public struct CostBreakdown: Equatable, Sendable {
    /// One line of the bill.
    public struct Item: Equatable, Sendable {
        /// What is charged, e.g. `inter_region_transfer`.
        public var name: String
        /// Its monthly run rate in US dollars.
        public var monthlyUSD: Double

        public init(_ name: String, _ monthlyUSD: Double) {
            self.name = name
            self.monthlyUSD = monthlyUSD
        }
    }

    /// The items, in the design's order.
    public var items: [Item]

    public init(_ items: [Item]) { self.items = items }

    /// The monthly run rate, all items, summed in their order.
    public var total: Double { items.reduce(0) { $0 + $1.monthlyUSD } }
}

/// A design's bill with its own named items.
public protocol DesignCost: Sendable {
    /// The items in a fixed order (the order they are summed in).
    var breakdown: CostBreakdown { get }
}

extension DesignCost {
    /// The monthly run rate, all items.
    public var total: Double { breakdown.total }
}

/// Items every design that moves data between AZs or Regions pays, with their names.
public enum SharedCostItems {
    /// Data crossing AZs inside a region (peering; NLB cross-zone; TGW/endpoint at its price).
    public static let crossAZTransfer = "cross_az_transfer"
    /// Inter-region data transfer, charged to the sender.
    public static let interRegionTransfer = "inter_region_transfer"
    /// Load balancer hours (NLBs and ALBs in front of the services).
    public static let loadBalancerHours = "load_balancer_hours"
    /// Load balancer capacity units (NLCU- and LCU-hours).
    public static let loadBalancerCapacityUnits = "load_balancer_capacity_units"
}

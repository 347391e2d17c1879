extension ReachHop {
    /// Through the transit gateway of a region (by index into `Topology.regions`).
    public static func transitGateway(region r: Int) -> ReachHop { ReachHop(kind: "tgw", label: "region \(r)") }

    /// Across the inter-region peering attachment between two regions' transit gateways.
    public static func transitGatewayPeering(from a: Int, to b: Int) -> ReachHop {
        ReachHop(kind: "tgw-peering", label: "\(a)→\(b)")
    }
}

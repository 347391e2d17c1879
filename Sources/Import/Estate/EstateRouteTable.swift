/// One VPC route table with its routes.
public struct EstateRouteTable: Sendable {
    public var id: String
    public var vpcId: String
    public var isMain: Bool
    public var subnetIds: [String]
    public var routes: [EstateRoute]
    public var source: ItemSource
}

/// One route of a VPC route table.
public struct EstateRoute: Sendable {
    /// The destination: an IPv4 or IPv6 block, or a prefix list id.
    public var destination: String
    public var target: Target
    /// `active` or `blackhole` (AWS marks a route whose target is gone as a blackhole).
    public var state: String
    public var source: ItemSource

    public enum Target: Hashable, Sendable {
        case local
        case peering(String)
        case transitGateway(String)
        /// Any other target (internet, NAT and egress-only gateways, interfaces, ...).
        case other(String)
    }
}

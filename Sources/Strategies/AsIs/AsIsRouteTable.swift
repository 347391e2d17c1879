/// One VPC route table (`as_is.route_tables`). The local routes (the VPC's CIDRs) are
/// implied, as in AWS, and always win for the VPC's own addresses.
public struct AsIsRouteTable: Equatable, Sendable {
    /// `rtb-…`.
    public var id: String
    /// Its VPC, by scenario name.
    public var vpc: String
    /// Whether it is the VPC's main table: the one subnets without an explicit association
    /// use, and the one as-is routes the VPC's clients and instances by (⚠ assumption: the
    /// export does not say which subnets the clients are in).
    public var main: Bool
    public var routes: [AsIsRoute]

    public init(id: String, vpc: String, main: Bool, routes: [AsIsRoute]) {
        self.id = id
        self.vpc = vpc
        self.main = main
        self.routes = routes
    }
}

/// One route of a VPC route table.
public struct AsIsRoute: Equatable, Sendable {
    public var destination: AsIsDestination
    public var target: AsIsRouteTarget

    public init(destination: AsIsDestination, target: AsIsRouteTarget) {
        self.destination = destination
        self.target = target
    }
}

/// Where a VPC route sends its traffic.
public enum AsIsRouteTarget: Hashable, Sendable, CustomStringConvertible {
    /// The VPC itself (written explicitly; the VPC's CIDRs are local anyway).
    case local
    /// A VPC peering connection of `as_is.peerings`.
    case peering(String)
    /// A Transit Gateway of `as_is.transit_gateways`.
    case transitGateway(String)
    /// Dropped: a route whose target is gone (AWS shows its state as `blackhole`).
    case blackhole
    /// Any other target (internet, NAT or virtual private gateway, an interface, ...), by
    /// id: it leads out of the estate, not to another of its VPCs.
    case other(String)

    public var description: String {
        switch self {
        case .local: return "local"
        case .peering(let id), .transitGateway(let id), .other(let id): return id
        case .blackhole: return "blackhole"
        }
    }
}

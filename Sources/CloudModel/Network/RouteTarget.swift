/// Where a route sends matching packets.
public enum RouteTarget: Hashable, Sendable, CustomStringConvertible {
    /// The VPC itself (one local route per VPC CIDR, created with the table, immutable).
    case local
    /// A VPC peering connection (`pcx-`).
    case peering(PeeringConnectionID)
    /// A transit gateway attachment (`tgw-`).
    case transitGateway(TransitGatewayID)
    /// Drop: what a route becomes when its target is deleted.
    case blackhole

    /// `local`, `pcx-…`, `tgw-…` or `blackhole`.
    public var description: String {
        switch self {
        case .local: return "local"
        case .peering(let id): return id.description
        case .transitGateway(let id): return id.description
        case .blackhole: return "blackhole"
        }
    }
}

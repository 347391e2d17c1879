/// The as-is design's answer for one (consumer VPC, service) pair or one address query:
/// reachable, with the resources on the way, or unreachable, with the category the outputs
/// count (`UnreachableReason`) and a sentence naming the resource that stops it (a route
/// table and destination, a peering and its state, a security group, an endpoint and its
/// state).
public enum AsIsVerdict: Equatable, Sendable {
    case reachable(hops: [ReachHop], via: AsIsVia)
    case unreachable(UnreachableReason, because: String)

    /// The answer as the shared machinery reads it.
    public var result: ReachResult {
        switch self {
        case .reachable(let hops, _): return .reachable(hops)
        case .unreachable(let reason, _): return .unreachable(reason)
        }
    }

    /// The sentence of an unreachable pair; nil when reachable.
    public var because: String? {
        if case .unreachable(_, let text) = self { return text }
        return nil
    }
}

/// How a reachable pair's traffic goes, which decides what it is billed.
public enum AsIsVia: Equatable, Sendable {
    /// Inside one VPC.
    case local
    /// Over a VPC peering connection.
    case peering
    /// Through Transit Gateways: `gateways` of them (2 or more across a TGW peering).
    case transitGateway(gateways: Int)
    /// Through an interface endpoint (PrivateLink).
    case endpoint(String)
}

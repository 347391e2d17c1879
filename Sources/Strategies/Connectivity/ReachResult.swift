import CloudModel

/// One element of the path a packet takes, as a Reachability-Analyzer-style answer lists it:
/// a resource, by the prefix AWS gives its ids (`vpc`, `pcx`, `vpce`, `tgw`, ...), and which
/// one. VPCs and VPC peering connections, which several designs use, are defined here; each
/// design defines the resources only it builds in its folder (`ReachHop.interfaceEndpoint`,
/// `ReachHop.transitGateway`, each in the folder of the design that builds it).
public struct ReachHop: Hashable, Sendable, CustomStringConvertible {
    /// The resource's kind, as AWS prefixes its ids.
    public let kind: String
    /// Which one, in the run's own numbering (e.g. `3`, `region 1`).
    public let label: String

    public init(kind: String, label: String) {
        self.kind = kind
        self.label = label
    }

    /// `kind[label]`, e.g. `pcx[3]`.
    public var description: String { "\(kind)[\(label)]" }

    /// Inside a VPC (by index into `Topology.vpcs`).
    public static func vpc(_ v: Int) -> ReachHop { ReachHop(kind: "vpc", label: "\(v)") }

    /// Across a VPC peering connection (the design's connection number).
    public static func peering(_ p: Int) -> ReachHop { ReachHop(kind: "pcx", label: "\(p)") }
}

/// The answer to "can this address in VPC A reach that address in VPC B right now?": the
/// forward path when it can, or the reason it cannot. Return traffic and security groups
/// are checked too, so `reachable` means a TCP exchange would succeed.
public enum ReachResult: Hashable, Sendable, CustomStringConvertible {
    case reachable([ReachHop])
    case unreachable(UnreachableReason)

    /// The reachability alone, as the data plane reads it.
    @inlinable public var reachability: Reachability {
        switch self {
        case .reachable: return .reachable
        case .unreachable(let reason): return .unreachable(reason)
        }
    }

    /// The forward path, when reachable.
    public var path: [ReachHop]? {
        if case .reachable(let hops) = self { return hops }
        return nil
    }

    public var description: String {
        switch self {
        case .reachable(let hops): return "reachable via " + hops.map(\.description).joined(separator: " → ")
        case .unreachable(let reason): return "unreachable (\(reason.rawValue))"
        }
    }
}

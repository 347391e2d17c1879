/// Whether a consumer can reach a service right now, and if not, why: the control plane's
/// answer, which the data plane consults for every request and the reports count.
public enum Reachability: Sendable, Equatable {
    case reachable
    case unreachable(UnreachableReason)

    @inlinable public var isReachable: Bool {
        if case .reachable = self { return true }
        return false
    }
}

/// Why a pair is not connected. Each reason is counted separately in the outputs.
public enum UnreachableReason: String, Sendable, CaseIterable, Hashable {
    /// The connection is still being set up (pending acceptance, provisioning, routes).
    case pending
    /// A quota stopped it (peerings per VPC, routes per table, endpoints per VPC, ...).
    case quota
    /// Overlapping CIDRs: peering refused, or a TGW route resolves elsewhere.
    case overlap
    /// The peering request expired unaccepted after 7 days.
    case expired
    /// The request was rejected (or an endpoint connection rejected by a fault).
    case rejected
    /// The connection was deleted (a fault).
    case deleted
    /// The design cannot connect this pair at all (e.g. cross-region PrivateLink disabled,
    /// or routes resolve to another target: no transitive peering).
    case noRoute = "no-route"
    /// The consumer VPC does not exist yet (growth).
    case notCreated = "not-created"
    /// Routes lead there but no security-group rule of the destination admits the source
    /// (e.g. a provider calling back a consumer that only opened the other direction).
    case securityGroup = "security-group"
}

/// The control plane's current view, as the data plane reads it: O(1) per request.
public protocol ConnectivityView {
    /// Reachability of demand `demand` (an index into `Topology.demands`).
    func reachability(ofDemand demand: Int) -> Reachability
}

extension UnreachableReason {
    /// Whether the reason can still clear without outside action: the connection is being
    /// set up, or its VPC is yet to come. Every other reason is a final outcome.
    @inlinable public var isTransient: Bool { self == .pending || self == .notCreated }
}

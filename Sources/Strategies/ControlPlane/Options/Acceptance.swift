import SimKernel

/// How a connection request (peering, endpoint connection) gets accepted.
public enum Acceptance: Equatable, Sendable {
    /// Accepted at once, by automation (`acceptance: auto`).
    case automatic
    /// Accepted by a person after a random delay (`acceptance: "lognormal(median=2h, p99=3d)"`).
    case after(DistributionSpec)
}

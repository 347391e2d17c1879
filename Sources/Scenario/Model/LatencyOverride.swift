import SimKernel

/// The round-trip time from one region to another, replacing the built-in measurement.
public struct LatencyOverride: Equatable, Sendable {
    /// The region the round trip starts from.
    public var from: String
    /// The region at the other end.
    public var to: String
    /// Round-trip time distribution.
    public var rtt: DistributionSpec

    public init(from: String, to: String, rtt: DistributionSpec) {
        self.from = from
        self.to = to
        self.rtt = rtt
    }
}

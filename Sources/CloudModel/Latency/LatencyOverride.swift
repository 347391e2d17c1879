import SimKernel

/// Latency settings for one directed Region pair (`from` ≠ `to`: requests from clients in
/// `from` to services in `to`) or for one Region (`from == to`). Nil fields fall back to
/// the section-wide setting, then to the built-in value.
public struct LatencyOverride: Equatable, Sendable {
    /// The clients' Region.
    public var from: String
    /// The services' Region.
    public var to: String
    /// Inter-Region round trip (`from` ≠ `to` only): a distribution given as is (`rtt:`), or
    /// fitted like the bundled data from a median and 90th percentile (`p50:` and `p90:`).
    public var rtt: DelayDistribution?
    /// Share of the round trip spent on the way out.
    public var forwardShare: Double?
    /// Same-AZ round trip inside the Region (`from == to` only).
    public var sameAZ: DistributionSpec?
    /// Cross-AZ round trip inside the Region (`from == to` only).
    public var crossAZ: DistributionSpec?
    /// One-way delays of the designs' hops for requests of this pair, by `HopDefinition.key`.
    public var hops: [String: DistributionSpec]

    public init(from: String, to: String, rtt: DelayDistribution? = nil, forwardShare: Double? = nil,
                sameAZ: DistributionSpec? = nil, crossAZ: DistributionSpec? = nil,
                hops: [String: DistributionSpec] = [:]) {
        self.from = from
        self.to = to
        self.rtt = rtt
        self.forwardShare = forwardShare
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.hops = hops
    }
}

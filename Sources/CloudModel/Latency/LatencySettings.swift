import SimKernel

/// A scenario's `latency:` section: delays that replace the built-in, sourced defaults
/// (`LatencyDefaults`, `BundledRoundTrips`). Each nil field means "use the built-in value";
/// `overrides` refine them per directed Region pair.
public struct LatencySettings: Equatable, Sendable {
    /// Round trip between two hosts in the same AZ, in every Region.
    public var sameAZ: DistributionSpec?
    /// Round trip between two AZs of one Region, in every Region.
    public var crossAZ: DistributionSpec?
    /// One-way delays of the designs' hops, by `HopDefinition.key`.
    public var hops: [String: DistributionSpec]
    /// Share of a round trip spent on the way out (0 < share < 1); nil means one half.
    public var forwardShare: Double?
    /// Settings per directed Region pair (or per Region, when `from == to`), in file order.
    public var overrides: [LatencyOverride]
    /// Which bundled inter-Region round trips the built-in Region pairs use.
    public var source: LatencySource

    public init(sameAZ: DistributionSpec? = nil, crossAZ: DistributionSpec? = nil,
                hops: [String: DistributionSpec] = [:], forwardShare: Double? = nil, overrides: [LatencyOverride] = [],
                source: LatencySource = .standard) {
        self.source = source
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.hops = hops
        self.forwardShare = forwardShare
        self.overrides = overrides
    }

    /// The override for the directed pair, if the file gives one.
    public func override(from: String, to: String) -> LatencyOverride? {
        overrides.first { $0.from == from && $0.to == to }
    }
}

import SimKernel

/// Every delay a request between two Regions (or inside one) can meet, resolved from the
/// built-in data and the scenario's settings.
public struct PathLatency: Equatable, Sendable {
    /// Where each figure came from, for `vpcsim regions` and reports.
    public enum Source: String, Sendable {
        /// The bundled CloudPing measurement (as `latency.source` gives it), fitted
        /// (`DelayDistribution.fitted`).
        case measured
        /// The scenario's `latency.overrides`.
        case scenario
        /// No figure: an inter-Region pair with a declared Region and no override.
        case missing
    }

    /// The end-to-end inter-Region round trip, client to service and back; nil inside one
    /// Region or when no figure exists. It already contains whatever intra-Region legs the
    /// measurement crossed: nothing is added to it for AZs.
    public var rtt: DelayDistribution?
    /// Where `rtt` came from.
    public var rttSource: Source
    /// Share of a round trip spent on the way out.
    public var forwardShare: Double
    /// Same-AZ round trip (used inside one Region).
    public var sameAZ: DelayDistribution
    /// Cross-AZ round trip (used inside one Region).
    public var crossAZ: DelayDistribution
    /// One-way hop delays the scenario sets for this pair, by `HopDefinition.key`; a hop
    /// not listed takes its definition's built-in delay (`hop(_:)`).
    public var hops: [String: DelayDistribution]

    public init(rtt: DelayDistribution?, rttSource: Source, forwardShare: Double = LatencyDefaults.forwardShare,
                sameAZ: DelayDistribution = LatencyDefaults.sameAZ, crossAZ: DelayDistribution = LatencyDefaults.crossAZ,
                hops: [String: DelayDistribution] = [:]) {
        self.rtt = rtt
        self.rttSource = rttSource
        self.forwardShare = forwardShare
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.hops = hops
    }

    /// The one-way delay of `hop` on this pair: the scenario's, else the built-in one.
    public func hop(_ hop: HopDefinition) -> DelayDistribution {
        hops[hop.key] ?? hop.defaultDelay
    }
}

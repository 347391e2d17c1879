import SimKernel

/// The delays of one run: for every directed pair of the run's Regions (and every Region
/// with itself), the resolved `PathLatency`. Built once per run from the bundled data and
/// the scenario's `latency:` settings; the data plane then reads it by integer index.
///
/// Precedence, most specific first: the override for the pair (or Region), the
/// section-wide setting, the built-in value (`LatencyDefaults`, `BundledRoundTrips` as
/// `settings.source` gives them, and for hops their `HopDefinition`).
public struct LatencyModel: Equatable, Sendable {
    /// The Regions, in the order their indexes refer to (a `Topology`'s order).
    public let regions: [String]
    /// Row-major: `paths[from * regions.count + to]`.
    private let paths: [PathLatency]

    /// Resolves every pair of `regions` against `settings`.
    public init(regions: [String], settings: LatencySettings = LatencySettings()) {
        self.regions = regions
        let global = PathLatency(
            rtt: nil, rttSource: .missing,
            forwardShare: settings.forwardShare ?? LatencyDefaults.forwardShare,
            sameAZ: settings.sameAZ.map { DelayDistribution(body: $0) } ?? LatencyDefaults.sameAZ,
            crossAZ: settings.crossAZ.map { DelayDistribution(body: $0) } ?? LatencyDefaults.crossAZ,
            hops: settings.hops.mapValues { DelayDistribution(body: $0) })
        var paths: [PathLatency] = []
        paths.reserveCapacity(regions.count * regions.count)
        for from in regions {
            for to in regions {
                var path = global
                if from != to, let measured = settings.source.measurement(from: from, to: to) {
                    path.rtt = measured.fitted
                    path.rttSource = .measured
                }
                if let o = settings.override(from: from, to: to) {
                    if let rtt = o.rtt { path.rtt = rtt; path.rttSource = .scenario }
                    if let share = o.forwardShare { path.forwardShare = share }
                    if let d = o.sameAZ { path.sameAZ = DelayDistribution(body: d) }
                    if let d = o.crossAZ { path.crossAZ = DelayDistribution(body: d) }
                    for (key, d) in o.hops { path.hops[key] = DelayDistribution(body: d) }
                }
                if from == to { path.rtt = nil }
                paths.append(path)
            }
        }
        self.paths = paths
    }

    /// The delays of requests from clients in Region `from` to services in Region `to`
    /// (indexes into `regions`).
    public func path(from: Int, to: Int) -> PathLatency {
        paths[from * regions.count + to]
    }

    /// Directed inter-Region pairs with no round-trip figure (a declared Region without an
    /// override), as (from, to) names in row order.
    public var missingPairs: [(from: String, to: String)] {
        var missing: [(from: String, to: String)] = []
        for (i, from) in regions.enumerated() {
            for (j, to) in regions.enumerated() where i != j && path(from: i, to: j).rtt == nil {
                missing.append((from, to))
            }
        }
        return missing
    }
}

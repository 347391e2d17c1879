import SimKernel

/// One measured inter-Region round trip: the median and 90th percentile of a directed pair,
/// as CloudPing publishes them (see `BundledRoundTrips` for what the figures mean).
public struct MeasuredRoundTrip: Equatable, Sendable {
    /// The Region the round trip starts from (where the client runs).
    public let from: String
    /// The Region at the other end (where the service runs).
    public let to: String
    /// Median round-trip time.
    public let p50: SimTime
    /// 90th-percentile round-trip time.
    public let p90: SimTime

    /// A pair from figures in milliseconds, as the source file writes them.
    public init(_ from: String, _ to: String, p50: Double, p90: Double) {
        self.from = from
        self.to = to
        self.p50 = .milliseconds(p50)
        self.p90 = .milliseconds(p90)
    }

    /// A pair from figures as times.
    public init(from: String, to: String, p50: SimTime, p90: SimTime) {
        self.from = from
        self.to = to
        self.p50 = p50
        self.p90 = p90
    }

    /// The shifted-lognormal fit through both figures (`DelayDistribution.fitted`).
    public var fitted: DelayDistribution { DelayDistribution.fitted(p50: p50, p90: p90) }
}

/// Which inter-Region round trips a run uses for the built-in Region pairs
/// (`latency.source`); a pair's `latency.overrides` entry takes precedence over either.
public enum LatencySource: String, CaseIterable, Equatable, Sendable {
    /// CloudPing's one-year medians and 90th percentiles as measured (`BundledRoundTrips`).
    case cloudping
    /// The same without CloudPing's own endpoint and Lambda overhead (`CloudPingOverhead`).
    case cloudpingCorrected = "cloudping-corrected"

    /// The default: the figures as measured (see `CloudPingOverhead` for why).
    public static let standard = LatencySource.cloudping

    /// The round trip of the directed pair under this source, if both are built-in Regions
    /// and differ.
    public func measurement(from: String, to: String) -> MeasuredRoundTrip? {
        guard let raw = BundledRoundTrips.measurement(from: from, to: to) else { return nil }
        switch self {
        case .cloudping: return raw
        case .cloudpingCorrected: return CloudPingOverhead.corrected(raw)
        }
    }

    /// Every built-in directed pair under this source, in `BundledRoundTrips` order.
    public var all: [MeasuredRoundTrip] {
        switch self {
        case .cloudping: return BundledRoundTrips.all
        case .cloudpingCorrected: return BundledRoundTrips.all.map(CloudPingOverhead.corrected)
        }
    }

    /// One line for listings: what the figures are.
    public var summary: String {
        switch self {
        case .cloudping:
            return "CloudPing 1-year p50 and p90 as measured (Lambda → public DynamoDB endpoint, TCP connect)"
        case .cloudpingCorrected:
            return "CloudPing 1-year p50 and p90 minus the pair's endpoint overhead "
                + "(mean of both Regions' same-Region median − 1.2 ms; never below 1.2 ms)"
        }
    }
}

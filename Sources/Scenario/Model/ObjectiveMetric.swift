/// What an objective can bound: the `summary.csv` columns a study plans against, plus the
/// error share. Each name is the column's (a test checks them against `summary.csv`'s
/// schema); `latency_p90_ms` is measured from the same histograms as the other percentiles.
public enum ObjectiveMetric: String, Equatable, Sendable, CaseIterable {
    case latencyP50 = "latency_p50_ms"
    case latencyP90 = "latency_p90_ms"
    case latencyP99 = "latency_p99_ms"
    case latencyP999 = "latency_p999_ms"
    /// Failed requests over requests started after the warm-up (0 to 1).
    case errorShare = "error_share"
    case monthlyCost = "monthly_cost_usd"
    case quotaViolations = "quota_violations"
    case unreachablePairs = "unreachable_pairs"
    case timeToConnect = "time_to_connect_p50_s"

    /// The kind of value its threshold is written in.
    public enum Unit: Sendable {
        /// A duration (`60ms`), compared in milliseconds.
        case milliseconds
        /// A duration (`5m`), compared in seconds.
        case seconds
        /// A percentage (`0.1%`) or a share from 0 to 1.
        case share
        /// US dollars (`5000USD`, or a plain number).
        case usd
        /// A whole number.
        case count
    }

    public var unit: Unit {
        switch self {
        case .latencyP50, .latencyP90, .latencyP99, .latencyP999: return .milliseconds
        case .errorShare: return .share
        case .monthlyCost: return .usd
        case .quotaViolations, .unreachablePairs: return .count
        case .timeToConnect: return .seconds
        }
    }

    /// The latency quantile, for latency metrics.
    public var quantile: Double? {
        switch self {
        case .latencyP50: return 0.5
        case .latencyP90: return 0.9
        case .latencyP99: return 0.99
        case .latencyP999: return 0.999
        default: return nil
        }
    }

    /// Whether the metric is measured on requests, so `service:`, `from_region:`,
    /// `to_region:` and `window:` apply.
    public var isRequestMetric: Bool { quantile != nil || self == .errorShare }

    /// A value in the metric's unit, for sentences: `60 ms`, `0.1 %`, `5000 USD`.
    public func format(_ value: Double) -> String {
        func number(_ v: Double) -> String {
            v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format3(v))
        }
        switch unit {
        case .milliseconds: return number(value) + " ms"
        case .seconds: return number(value) + " s"
        case .share: return number(value * 100) + " %"
        case .usd: return number(value) + " USD"
        case .count: return number(value)
        }
    }

    private func format3(_ v: Double) -> String {
        var text = String((v * 1000).rounded() / 1000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

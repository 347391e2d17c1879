/// One requirement a study must meet, from the scenario's `objectives:` section:
/// `{metric: latency_p99_ms, max: 60ms, service: checkout-api}`.
///
/// The metric is measured per replication (from the requests of the chosen service, region
/// pair and window, or from the control plane's summary); `vpcsim plan` and sweeps then ask
/// whether its 95 % interval over replications lies on the right side of `threshold`.
public struct Objective: Equatable, Sendable {
    /// The quantity bounded.
    public var metric: ObjectiveMetric
    /// Whether the metric must stay at most (`max:`) or at least (`min:`) the threshold.
    public var bound: Bound
    /// The threshold in the metric's column unit (ms, s, USD, a share from 0 to 1, a count).
    public var threshold: Double
    /// Only requests to this service (request metrics only); nil: every service.
    public var service: String?
    /// Only requests whose client is in this region (request metrics only).
    public var fromRegion: String?
    /// Only requests to a service in this region (request metrics only).
    public var toRegion: String?
    /// Which requests count: all, those that ended outside every fault window, or inside one.
    public var window: Window

    public enum Bound: String, Equatable, Sendable {
        case max, min
    }

    /// The requests an objective on a request metric counts (`window:`).
    public enum Window: String, Equatable, Sendable, CaseIterable {
        /// Every request after the warm-up (as `summary.csv`).
        case all
        /// Those that ended outside every fault window (`latency.csv`).
        case steady
        /// Those that ended inside a fault window (`latency_fault.csv`): planning for a fault.
        case fault
    }

    public init(metric: ObjectiveMetric, bound: Bound, threshold: Double, service: String? = nil,
                fromRegion: String? = nil, toRegion: String? = nil, window: Window = .all) {
        self.metric = metric
        self.bound = bound
        self.threshold = threshold
        self.service = service
        self.fromRegion = fromRegion
        self.toRegion = toRegion
        self.window = window
    }

    /// Whether the objective is measured on requests.
    public var isRequestObjective: Bool { metric.isRequestMetric }

    /// Whether a value meets the objective.
    public func holds(_ value: Double) -> Bool {
        bound == .max ? value <= threshold : value >= threshold
    }

    /// A short name, unique enough for column names: `latency_p99_ms[checkout-api]`,
    /// `error_share[fault]`.
    public var label: String {
        var scope: [String] = []
        if let service { scope.append(service) }
        if fromRegion != nil || toRegion != nil { scope.append("\(fromRegion ?? "*")>\(toRegion ?? "*")") }
        if window != .all { scope.append(window.rawValue) }
        return metric.rawValue + (scope.isEmpty ? "" : "[" + scope.joined(separator: ",") + "]")
    }

    /// `latency_p99_ms ≤ 60 ms (checkout-api)`: the objective in words, for reports.
    public var sentence: String {
        var text = "\(metric.rawValue) \(bound == .max ? "≤" : "≥") \(metric.format(threshold))"
        var scope: [String] = []
        if let service { scope.append("service \(service)") }
        if let fromRegion { scope.append("from \(fromRegion)") }
        if let toRegion { scope.append("to \(toRegion)") }
        if window == .fault { scope.append("during faults") }
        if window == .steady { scope.append("outside faults") }
        if !scope.isEmpty { text += " (" + scope.joined(separator: ", ") + ")" }
        return text
    }
}

import Scenario

/// An objective as a result folder records it: enough to name its column and judge a value
/// without the scenario (a sweep folder can be merged and reported on elsewhere).
public struct ObjectiveMark: Equatable, Sendable, Codable {
    /// `latency_p99_ms[checkout-api]` (`Objective.label`).
    public var label: String
    /// `latency_p99_ms ≤ 60 ms (service checkout-api)` (`Objective.sentence`).
    public var sentence: String
    /// `max` (the value must be at most the threshold) or `min` (at least).
    public var bound: String
    /// The threshold in the metric's column unit (ms, USD, a share, s).
    public var threshold: Double

    public init(label: String, sentence: String, bound: String, threshold: Double) {
        self.label = label
        self.sentence = sentence
        self.bound = bound
        self.threshold = threshold
    }

    public init(_ objective: Objective) {
        self.init(label: objective.label, sentence: objective.sentence,
                  bound: objective.bound.rawValue, threshold: objective.threshold)
    }

    /// The objective's column in `points.csv` and its metric name in `aggregate.csv`.
    public var column: String { Self.columnPrefix + label }

    /// What every objective column's name starts with.
    public static let columnPrefix = "objective:"

    /// Whether a value meets the objective.
    public func holds(_ value: Double) -> Bool {
        bound == Objective.Bound.max.rawValue ? value <= threshold : value >= threshold
    }
}

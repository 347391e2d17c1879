import Foundation
import SimKernel
import ScenarioReading

extension Objective {
    static let keys = ["metric", "max", "min", "service", "from_region", "to_region", "window"]
    /// The keys that only apply to a metric measured on requests.
    static let requestKeys = ["service", "from_region", "to_region", "window"]

    /// Reads one objective. The service and regions it names are checked by
    /// `ScenarioValidator`, the window against the scenario's faults there too.
    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let metricReader = try fields.required("metric")
        let metric = try metricReader.choice(ObjectiveMetric.allCases.map { (key: $0.rawValue, value: $0) })
        let maxReader = fields.optional("max"), minReader = fields.optional("min")
        let bound: Bound
        let thresholdReader: NodeReader
        switch (maxReader, minReader) {
        case (let m?, nil): bound = .max; thresholdReader = m
        case (nil, let m?): bound = .min; thresholdReader = m
        case (_?, let m?): throw m.error("an objective takes one bound: 'max:' or 'min:', not both")
        case (nil, nil):
            throw reader.error("an objective needs a bound: 'max:' (at most) or 'min:' (at least), "
                               + "e.g. {metric: \(metric.rawValue), max: \(Self.example(metric.unit))}")
        }
        if !metric.isRequestMetric {
            for key in Self.requestKeys {
                if let stray = fields.optional(key) {
                    throw stray.error("'\(key)' applies to request metrics (latency percentiles, error_share) only, "
                                      + "not to \(metric.rawValue)")
                }
            }
        }
        self.init(
            metric: metric, bound: bound, threshold: try Self.threshold(thresholdReader, unit: metric.unit),
            service: try fields.optional("service").map { r throws(ScenarioError) in try r.string() },
            fromRegion: try fields.optional("from_region").map { r throws(ScenarioError) in try r.string() },
            toRegion: try fields.optional("to_region").map { r throws(ScenarioError) in try r.string() },
            window: try fields.optional("window", default: Window.all) { r throws(ScenarioError) in
                try r.choice(Window.allCases.map { (key: $0.rawValue, value: $0) })
            })
    }

    private static func example(_ unit: ObjectiveMetric.Unit) -> String {
        switch unit {
        case .milliseconds: return "60ms"
        case .seconds: return "5m"
        case .share: return "0.1%"
        case .usd: return "5000USD"
        case .count: return "0"
        }
    }

    /// The threshold in the metric's column unit.
    private static func threshold(_ reader: NodeReader, unit: ObjectiveMetric.Unit) throws(ScenarioError) -> Double {
        switch unit {
        case .milliseconds:
            return Double(try reader.nonNegativeDuration().nanoseconds) / 1e6
        case .seconds:
            return Double(try reader.nonNegativeDuration().nanoseconds) / 1e9
        case .count:
            return Double(try reader.int(in: 0...Int.max))
        case .share:
            let text = try reader.scalarText("a percentage such as 0.1% or a share from 0 to 1").text
            if text.hasSuffix("%") {
                guard let value = Double(text.dropLast().trimmingCharacters(in: .whitespaces)), value.isFinite,
                      (0...100).contains(value) else {
                    throw reader.error("invalid percentage '\(text)'; expected 0% to 100%, such as 0.1%")
                }
                return value / 100
            }
            return try reader.double(in: 0...1)
        case .usd:
            let text = try reader.scalarText("an amount such as 5000USD").text
            let digits = text.hasSuffix("USD") ? String(text.dropLast(3)).trimmingCharacters(in: .whitespaces) : text
            guard let value = Double(digits), value.isFinite, value >= 0,
                  digits.allSatisfy({ $0.isNumber || $0 == "." }) else {
                throw reader.error("invalid amount '\(text)'; expected US dollars such as 5000USD")
            }
            return value
        }
    }
}

import Scenario
import Strategies

/// One line of `latency.csv` (DESIGN.md, "Outputs"): the requests of one replication and
/// strategy from one region to a service in a region. Latencies are nil (empty) without
/// requests.
public struct LatencyRow: Equatable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The design simulated.
    public var strategy: StrategyKind
    /// The replication's index, from 0.
    public var replication: Int
    /// The region the requests came from.
    public var fromRegion: String
    /// The region of the service's VPC.
    public var toRegion: String
    /// The service called.
    public var service: String
    /// Requests sent after the warm-up.
    public var requests: Int
    /// Requests that failed.
    public var errors: Int
    /// Mean latency (ms).
    public var meanMilliseconds: Double?
    /// Median latency (ms).
    public var p50Milliseconds: Double?
    /// 90th-percentile latency (ms).
    public var p90Milliseconds: Double?
    /// 99th-percentile latency (ms).
    public var p99Milliseconds: Double?
    /// 99.9th-percentile latency (ms).
    public var p999Milliseconds: Double?
    /// Largest latency (ms).
    public var maxMilliseconds: Double?

    public init(scenario: String, strategy: StrategyKind, replication: Int, fromRegion: String, toRegion: String,
                service: String, requests: Int, errors: Int, meanMilliseconds: Double?, p50Milliseconds: Double?,
                p90Milliseconds: Double?, p99Milliseconds: Double?, p999Milliseconds: Double?, maxMilliseconds: Double?) {
        self.scenario = scenario
        self.strategy = strategy
        self.replication = replication
        self.fromRegion = fromRegion
        self.toRegion = toRegion
        self.service = service
        self.requests = requests
        self.errors = errors
        self.meanMilliseconds = meanMilliseconds
        self.p50Milliseconds = p50Milliseconds
        self.p90Milliseconds = p90Milliseconds
        self.p99Milliseconds = p99Milliseconds
        self.p999Milliseconds = p999Milliseconds
        self.maxMilliseconds = maxMilliseconds
    }

    /// `latency.csv`'s (and `latency_fault.csv`'s) columns, in DESIGN.md's order; latencies
    /// with `SummaryRow.latencyDecimals`.
    public static let schema = CSVSchema<LatencyRow>(
        blank: LatencyRow(scenario: "", strategy: DesignRegistry.baseline, replication: 0, fromRegion: "", toRegion: "", service: "",
                          requests: 0, errors: 0, meanMilliseconds: nil, p50Milliseconds: nil, p90Milliseconds: nil,
                          p99Milliseconds: nil, p999Milliseconds: nil, maxMilliseconds: nil),
        columns: [
            .text("scenario", \.scenario),
            .strategy("strategy", \.strategy),
            .int("replication", \.replication),
            .text("from_region", \.fromRegion),
            .text("to_region", \.toRegion),
            .text("service", \.service),
            .int("requests", \.requests),
            .int("errors", \.errors),
            .optionalDouble("mean_ms", \.meanMilliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
            .optionalDouble("p50_ms", \.p50Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
            .optionalDouble("p90_ms", \.p90Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
            .optionalDouble("p99_ms", \.p99Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
            .optionalDouble("p999_ms", \.p999Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
            .optionalDouble("max_ms", \.maxMilliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms"),
        ])

    /// The columns of `latency.csv`, in order.
    public static var csvHeader: [String] { schema.header }

    /// The row's fields, one per `csvHeader` column.
    public var csvFields: [String] { Self.schema.fields(self) }

    /// The rows of a parsed `latency.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [LatencyRow] {
        try schema.rows(of: parsed)
    }
}

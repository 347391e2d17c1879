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

    /// The columns of `latency.csv`, in DESIGN.md's order.
    public static let csvHeader = [
        "scenario", "strategy", "replication", "from_region", "to_region", "service", "requests", "errors",
        "mean_ms", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms",
    ]

    /// The row's fields, one per `csvHeader` column (latencies with `SummaryRow.latencyDecimals`).
    public var csvFields: [String] {
        let ms = { (value: Double?) in value.map { NumberFormat.fixed($0, decimals: SummaryRow.latencyDecimals) } ?? "" }
        return [scenario, strategy.rawValue, String(replication), fromRegion, toRegion, service, String(requests),
                String(errors), ms(meanMilliseconds), ms(p50Milliseconds), ms(p90Milliseconds), ms(p99Milliseconds),
                ms(p999Milliseconds), ms(maxMilliseconds)]
    }

    /// The rows of a parsed `latency.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [LatencyRow] {
        var columns: [Int] = []
        for name in csvHeader { columns.append(try parsed.column(name)) }
        var rows: [LatencyRow] = []
        for index in parsed.table.rows.indices {
            var reader = CSVFieldReader(parsed: parsed, row: index, columns: columns)
            let scenario = reader.text()
            let strategy = try reader.strategy()
            rows.append(LatencyRow(
                scenario: scenario, strategy: strategy, replication: try reader.int(),
                fromRegion: reader.text(), toRegion: reader.text(), service: reader.text(),
                requests: try reader.int(), errors: try reader.int(), meanMilliseconds: try reader.optionalDouble(),
                p50Milliseconds: try reader.optionalDouble(), p90Milliseconds: try reader.optionalDouble(),
                p99Milliseconds: try reader.optionalDouble(), p999Milliseconds: try reader.optionalDouble(),
                maxMilliseconds: try reader.optionalDouble()))
        }
        return rows
    }
}

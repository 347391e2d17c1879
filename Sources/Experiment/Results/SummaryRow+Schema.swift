import Scenario
import Strategies

/// `summary.csv`'s columns (DESIGN.md, "Outputs"), defined once: the identifiers, then each
/// metric with its name, unit and format, in file order. The header, the row fields,
/// parsing, `points.csv`'s summary columns and `aggregate.csv`'s metric list derive from
/// `SummaryRow.schema`.
extension SummaryRow {
    /// Decimals written for latencies (1 µs resolution).
    public static let latencyDecimals = 3
    /// Decimals written for time to connect (1 ms resolution).
    public static let timeDecimals = 3
    /// Decimals written for money (cents).
    public static let costDecimals = 2

    /// The columns that say which replication a row is.
    public static let identifierColumns: [CSVColumn<SummaryRow>] = [
        .text("scenario", \.scenario),
        .strategy("strategy", \.strategy),
        .int("replication", \.replication),
        .uint64("seed", \.seed),
    ]

    /// `summary.csv`'s columns: the identifiers, then every standard metric.
    public static let schema = CSVSchema<SummaryRow>(
        blank: SummaryRow(scenario: "", strategy: DesignRegistry.baseline, replication: 0, seed: 0),
        columns: identifierColumns + SummaryMetric.allCases.map(\.definition))

    /// The summary schema with a design's own measured columns after the standard ones
    /// (the extension point a design registry supplies its columns through).
    public static func schema(adding extra: [CSVColumn<SummaryRow>]) -> CSVSchema<SummaryRow> {
        schema.appending(extra)
    }
}

/// The standard metrics, one per measured column of `summary.csv`: name, title, unit and
/// format here; what each one means is documented on the `SummaryRow` property it reads.
extension SummaryMetric {
    public static let vpcs = SummaryMetric(.int("vpcs", \.vpcs, metric: "VPCs"))
    public static let regions = SummaryMetric(.int("regions", \.regions, metric: "regions"))
    public static let connections = SummaryMetric(.int("connections", \.connections, metric: "connections"))
    public static let routeEntriesTotal = SummaryMetric(
        .int("route_entries_total", \.routeEntriesTotal, metric: "static route entries (all tables)"))
    public static let routeEntriesPropagated = SummaryMetric(
        .int("route_entries_propagated", \.routeEntriesPropagated, metric: "propagated route entries (all tables)"))
    public static let routeEntriesMaxPerTable = SummaryMetric(
        .int("route_entries_max_per_table", \.routeEntriesMaxPerTable, metric: "route entries (fullest table)"))
    public static let sgRulesTotal = SummaryMetric(.int("sg_rules_total", \.sgRulesTotal, metric: "security-group rules"))
    public static let enis = SummaryMetric(.int("enis", \.enis, metric: "ENIs"))
    public static let apiOperations = SummaryMetric(.int("api_operations", \.apiOperations, metric: "API operations"))
    public static let quotaViolations = SummaryMetric(.int("quota_violations", \.quotaViolations, metric: "quota violations"))
    public static let unreachablePairs = SummaryMetric(
        .int("unreachable_pairs", \.unreachablePairs, metric: "unreachable pairs"))
    public static let firstInfeasibleVPCs = SummaryMetric(
        .optionalInt("first_infeasible_vpcs", \.firstInfeasibleVPCs, metric: "first infeasible VPC count"))
    public static let requests = SummaryMetric(.int("requests", \.requests, metric: "requests"))
    public static let errors = SummaryMetric(.int("errors", \.errors, metric: "errors"))
    public static let latencyP50Milliseconds = SummaryMetric(
        .optionalDouble("latency_p50_ms", \.latencyP50Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms",
                        metric: "latency p50"))
    public static let latencyP99Milliseconds = SummaryMetric(
        .optionalDouble("latency_p99_ms", \.latencyP99Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms",
                        metric: "latency p99"))
    public static let latencyP999Milliseconds = SummaryMetric(
        .optionalDouble("latency_p999_ms", \.latencyP999Milliseconds, decimals: SummaryRow.latencyDecimals, unit: "ms",
                        metric: "latency p99.9"))
    public static let timeToConnectP50Seconds = SummaryMetric(
        .optionalDouble("time_to_connect_p50_s", \.timeToConnectP50Seconds, decimals: SummaryRow.timeDecimals, unit: "s",
                        metric: "time to connect p50"))
    public static let monthlyCostUSD = SummaryMetric(
        .double("monthly_cost_usd", \.monthlyCostUSD, decimals: SummaryRow.costDecimals, unit: "USD",
                metric: "monthly cost"))
    public static let events = SummaryMetric(.int("events", \.events, metric: "events"))
    public static let utilisation = SummaryMetric(
        .optionalDouble("utilisation", \.utilisation, decimals: 3, unit: nil, metric: "busiest instance's offered utilisation"))
    public static let overloaded = SummaryMetric(.int("overloaded", \.overloaded, metric: "overloaded services"))

    /// The standard metrics, in `summary.csv`'s column order.
    public static let allCases: [SummaryMetric] = [
        .vpcs, .regions, .connections, .routeEntriesTotal, .routeEntriesPropagated, .routeEntriesMaxPerTable,
        .sgRulesTotal, .enis, .apiOperations, .quotaViolations, .unreachablePairs, .firstInfeasibleVPCs, .requests, .errors,
        .latencyP50Milliseconds, .latencyP99Milliseconds, .latencyP999Milliseconds, .timeToConnectP50Seconds,
        .monthlyCostUSD, .events, .utilisation, .overloaded,
    ]
}

extension CSVSchema where Row == SummaryRow {
    /// The schema's metrics (its measured columns), in column order: `aggregate.csv`'s metric list.
    public var metrics: [SummaryMetric] { measured.map(SummaryMetric.init) }
}

/// The standard summary schema, under the names the rest of the code and the tests use.
extension SummaryRow {
    /// The columns of `summary.csv`, in order.
    public static var csvHeader: [String] { schema.header }

    /// The row's fields, one per `csvHeader` column; nil values are empty fields.
    public var csvFields: [String] { Self.schema.fields(self) }

    /// `summary.csv` for `rows`, in the order given.
    public static func csvTable(_ rows: [SummaryRow]) -> CSVTable { schema.table(rows) }

    /// The rows of `parsed`, whose header holds every `csvHeader` column (others, such as a
    /// sweep's parameters, are ignored). Errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [SummaryRow] {
        try schema.rows(of: parsed)
    }
}

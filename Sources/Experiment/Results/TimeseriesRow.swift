import Scenario
import Strategies

/// One line of `timeseries.csv` (DESIGN.md, "Outputs"): the control plane of one replication
/// and strategy at simulated time `t_s`.
public struct TimeseriesRow: Equatable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The design simulated.
    public var strategy: StrategyKind
    /// The replication's index, from 0.
    public var replication: Int
    /// Simulated time in seconds.
    public var timeSeconds: Double
    /// VPCs at that time.
    public var vpcs: Int
    /// Connections at that time.
    public var connections: Int
    /// Route entries over all route tables.
    public var routeEntriesTotal: Int
    /// Route entries of the fullest route table.
    public var routeEntriesMaxPerTable: Int
    /// Control-plane API calls made so far.
    public var apiOperations: Int
    /// Operations refused by a quota so far.
    public var quotaViolations: Int
    /// Monthly cost of what exists at that time (USD).
    public var monthlyCostUSD: Double

    public init(scenario: String, strategy: StrategyKind, replication: Int, timeSeconds: Double, vpcs: Int,
                connections: Int, routeEntriesTotal: Int, routeEntriesMaxPerTable: Int, apiOperations: Int,
                quotaViolations: Int, monthlyCostUSD: Double) {
        self.scenario = scenario
        self.strategy = strategy
        self.replication = replication
        self.timeSeconds = timeSeconds
        self.vpcs = vpcs
        self.connections = connections
        self.routeEntriesTotal = routeEntriesTotal
        self.routeEntriesMaxPerTable = routeEntriesMaxPerTable
        self.apiOperations = apiOperations
        self.quotaViolations = quotaViolations
        self.monthlyCostUSD = monthlyCostUSD
    }

    /// Decimals of `t_s` (1 µs).
    public static let timeDecimals = 6

    /// `timeseries.csv`'s columns, in DESIGN.md's order.
    public static let schema = CSVSchema<TimeseriesRow>(
        blank: TimeseriesRow(scenario: "", strategy: DesignRegistry.baseline, replication: 0, timeSeconds: 0, vpcs: 0, connections: 0,
                             routeEntriesTotal: 0, routeEntriesMaxPerTable: 0, apiOperations: 0, quotaViolations: 0,
                             monthlyCostUSD: 0),
        columns: [
            .text("scenario", \.scenario),
            .strategy("strategy", \.strategy),
            .int("replication", \.replication),
            .double("t_s", \.timeSeconds, decimals: timeDecimals, unit: "s"),
            .int("vpcs", \.vpcs),
            .int("connections", \.connections),
            .int("route_entries_total", \.routeEntriesTotal),
            .int("route_entries_max_per_table", \.routeEntriesMaxPerTable),
            .int("api_operations", \.apiOperations),
            .int("quota_violations", \.quotaViolations),
            .double("monthly_cost_usd", \.monthlyCostUSD, decimals: SummaryRow.costDecimals, unit: "USD"),
        ])

    /// The columns of `timeseries.csv`, in order.
    public static var csvHeader: [String] { schema.header }

    /// The row's fields, one per `csvHeader` column.
    public var csvFields: [String] { Self.schema.fields(self) }

    /// The rows of a parsed `timeseries.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [TimeseriesRow] {
        try schema.rows(of: parsed)
    }
}

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

    /// The columns of `timeseries.csv`, in DESIGN.md's order.
    public static let csvHeader = [
        "scenario", "strategy", "replication", "t_s", "vpcs", "connections", "route_entries_total",
        "route_entries_max_per_table", "api_operations", "quota_violations", "monthly_cost_usd",
    ]

    /// Decimals of `t_s` (1 µs).
    public static let timeDecimals = 6

    /// The row's fields, one per `csvHeader` column.
    public var csvFields: [String] {
        [scenario, strategy.rawValue, String(replication), NumberFormat.fixed(timeSeconds, decimals: Self.timeDecimals),
         String(vpcs), String(connections), String(routeEntriesTotal), String(routeEntriesMaxPerTable),
         String(apiOperations), String(quotaViolations), NumberFormat.fixed(monthlyCostUSD, decimals: SummaryRow.costDecimals)]
    }

    /// The rows of a parsed `timeseries.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [TimeseriesRow] {
        var columns: [Int] = []
        for name in csvHeader { columns.append(try parsed.column(name)) }
        var rows: [TimeseriesRow] = []
        for index in parsed.table.rows.indices {
            var reader = CSVFieldReader(parsed: parsed, row: index, columns: columns)
            let scenario = reader.text()
            let strategy = try reader.strategy()
            rows.append(TimeseriesRow(
                scenario: scenario, strategy: strategy, replication: try reader.int(), timeSeconds: try reader.double(),
                vpcs: try reader.int(), connections: try reader.int(), routeEntriesTotal: try reader.int(),
                routeEntriesMaxPerTable: try reader.int(), apiOperations: try reader.int(),
                quotaViolations: try reader.int(), monthlyCostUSD: try reader.double()))
        }
        return rows
    }
}

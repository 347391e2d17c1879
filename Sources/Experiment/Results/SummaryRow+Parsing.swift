import Scenario
import Strategies

/// Reading `summary.csv` rows back, for merge, resume and reports.
extension SummaryRow {
    /// The rows of `parsed`, whose header holds every `csvHeader` column (others, such as a
    /// sweep's parameters, are ignored). Errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [SummaryRow] {
        var columns: [Int] = []
        for name in csvHeader { columns.append(try parsed.column(name)) }
        var rows: [SummaryRow] = []
        rows.reserveCapacity(parsed.table.rows.count)
        for index in parsed.table.rows.indices {
            rows.append(try SummaryRow(parsed: parsed, row: index, columns: columns))
        }
        return rows
    }

    /// Reads row `row` of `parsed`, whose `csvHeader` columns are at `columns`.
    init(parsed: CSVTable.Parsed, row: Int, columns: [Int]) throws(ScenarioError) {
        var reader = CSVFieldReader(parsed: parsed, row: row, columns: columns)
        let scenario = reader.text()
        let strategy = try reader.strategy()
        self.init(scenario: scenario, strategy: strategy, replication: try reader.int(), seed: try reader.uint64(),
                  vpcs: try reader.int(), regions: try reader.int(), connections: try reader.int(),
                  routeEntriesTotal: try reader.int(), routeEntriesMaxPerTable: try reader.int(),
                  sgRulesTotal: try reader.int(), enis: try reader.int(), apiOperations: try reader.int(),
                  quotaViolations: try reader.int(), unreachablePairs: try reader.int(),
                  firstInfeasibleVPCs: try reader.optionalInt(), requests: try reader.int(), errors: try reader.int(),
                  latencyP50Milliseconds: try reader.optionalDouble(), latencyP99Milliseconds: try reader.optionalDouble(),
                  latencyP999Milliseconds: try reader.optionalDouble(), timeToConnectP50Seconds: try reader.optionalDouble(),
                  monthlyCostUSD: try reader.double(), events: try reader.int())
    }
}

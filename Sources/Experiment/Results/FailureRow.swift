import Scenario
import Strategies

/// One line of `failures.csv`: how often something failed in one replication, and why.
public struct FailureRow: Sendable, Equatable {
    public var scenario: String
    public var strategy: StrategyKind
    public var replication: Int
    /// `data` (requests that failed, by `RequestFailure` name), `control` (pairs unreachable
    /// at the end, by `UnreachableReason`) or `quota` (operations a quota refused, by quota key).
    public var plane: String
    public var reason: String
    public var count: Int

    public init(scenario: String, strategy: StrategyKind, replication: Int, plane: String, reason: String, count: Int) {
        self.scenario = scenario
        self.strategy = strategy
        self.replication = replication
        self.plane = plane
        self.reason = reason
        self.count = count
    }

    public static let csvHeader = ["scenario", "strategy", "replication", "plane", "reason", "count"]

    public var csvFields: [String] {
        [scenario, strategy.rawValue, String(replication), plane, reason, String(count)]
    }

    /// The rows of a parsed `failures.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [FailureRow] {
        var columns: [Int] = []
        for name in csvHeader { columns.append(try parsed.column(name)) }
        var rows: [FailureRow] = []
        for index in parsed.table.rows.indices {
            var reader = CSVFieldReader(parsed: parsed, row: index, columns: columns)
            let scenario = reader.text()
            let strategy = try reader.strategy()
            rows.append(FailureRow(scenario: scenario, strategy: strategy, replication: try reader.int(),
                                   plane: reader.text(), reason: reader.text(), count: try reader.int()))
        }
        return rows
    }
}

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

    /// `failures.csv`'s columns, in order.
    public static let schema = CSVSchema<FailureRow>(
        blank: FailureRow(scenario: "", strategy: DesignRegistry.baseline, replication: 0, plane: "", reason: "", count: 0),
        columns: [
            .text("scenario", \.scenario),
            .strategy("strategy", \.strategy),
            .int("replication", \.replication),
            .text("plane", \.plane),
            .text("reason", \.reason),
            .int("count", \.count),
        ])

    /// The columns of `failures.csv`, in order.
    public static var csvHeader: [String] { schema.header }

    /// The row's fields, one per `csvHeader` column.
    public var csvFields: [String] { Self.schema.fields(self) }

    /// The rows of a parsed `failures.csv`; errors name the file, line and column.
    public static func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [FailureRow] {
        try schema.rows(of: parsed)
    }
}

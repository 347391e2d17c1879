import Scenario

/// One column of a CSV output: its name, its unit, how a row's value is written into the
/// column and read back from it, and — for a measured quantity — the numeric value that
/// sweeps aggregate and reports tabulate.
///
/// A `CSVSchema` is an ordered list of these. Each output file's columns are defined once,
/// as such a list, and everything that names them (header, rows, parsing, the metric list
/// of `aggregate.csv`, the labels of tables and charts) derives from it. The typed
/// constructors (`text`, `int`, `optionalDouble`, ...) in `CSVColumn+Kinds.swift` build
/// columns over a key path; this initialiser takes any closures, for a column that is not
/// one stored property.
public struct CSVColumn<Row: Sendable>: Sendable {
    /// The header name.
    public let name: String
    /// The unit of the values (`ms`, `s`, `USD`); nil for counts, names and identifiers.
    public let unit: String?
    /// What a measured column measures, without the unit, for tables and chart axes; nil
    /// for identifiers (scenario, strategy, replication, ...).
    public let title: String?
    /// Whether the values are whole numbers (counts), so summaries print without decimals.
    public let isCount: Bool
    /// The field of a row: fixed, locale-free text; an absent value is an empty field.
    public let format: @Sendable (Row) -> String
    /// Sets the row's value from a field of a parsed file; errors name the file, line and column.
    public let parse: @Sendable (inout Row, CSVCell) throws(ScenarioError) -> Void
    /// The row's value as a number, for aggregation; nil where the row has none.
    public let number: @Sendable (Row) -> Double?

    public init(name: String, unit: String? = nil, title: String? = nil, isCount: Bool,
                format: @escaping @Sendable (Row) -> String,
                parse: @escaping @Sendable (inout Row, CSVCell) throws(ScenarioError) -> Void,
                number: @escaping @Sendable (Row) -> Double? = { _ in nil }) {
        self.name = name
        self.unit = unit
        self.title = title
        self.isCount = isCount
        self.format = format
        self.parse = parse
        self.number = number
    }

    /// Whether the column is a measured quantity (it has a title), not an identifier.
    public var isMeasured: Bool { title != nil }

    /// The title with the unit, `latency p99 (ms)`; the name for an identifier.
    public var label: String {
        guard let title else { return name }
        return unit.map { "\(title) (\($0))" } ?? title
    }
}

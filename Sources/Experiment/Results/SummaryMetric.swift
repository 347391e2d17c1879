/// A measured column of `summary.csv`: what sweeps aggregate over replications into
/// `aggregate.csv` and what reports and charts show (every column but the identifiers
/// `scenario`, `strategy`, `replication` and `seed`). The standard metrics are defined, with
/// their names, units and formats, in `SummaryRow+Schema.swift`; a design's extra columns
/// become metrics the same way.
public struct SummaryMetric: Sendable, Hashable, CustomStringConvertible {
    /// The column the metric reads.
    public let definition: CSVColumn<SummaryRow>

    /// The metric of a measured column; the column must have a title.
    public init(_ column: CSVColumn<SummaryRow>) {
        precondition(column.isMeasured, "summary column '\(column.name)' is not a measured quantity")
        definition = column
    }

    /// The column name, as in `summary.csv` and the `metric` column of `aggregate.csv`.
    public var column: String { definition.name }

    /// This metric's value in `row`; nil where the row has none (an empty field).
    public func value(in row: SummaryRow) -> Double? { definition.number(row) }

    /// Whether the metric counts things (its per-replication values are whole numbers).
    public var isCount: Bool { definition.isCount }

    /// A short label with the unit, for tables and chart axes.
    public var label: String { definition.label }

    public var description: String { column }

    /// Metrics are their columns, and a schema's column names differ.
    public static func == (a: SummaryMetric, b: SummaryMetric) -> Bool { a.column == b.column }

    public func hash(into hasher: inout Hasher) { hasher.combine(column) }
}

import Scenario

/// The columns of one CSV output, in order, and the rows they render and parse: the single
/// definition of a file's layout. The header, each row's fields, reading a file back (for
/// merge, resume, reports and plots) and the measured columns all come from `columns`, so
/// a column is added, renamed or reformatted in one place.
public struct CSVSchema<Row: Sendable>: Sendable {
    /// The columns, in file order.
    public let columns: [CSVColumn<Row>]
    /// The row parsing starts from; every column then sets its own value.
    public let blank: Row
    /// The column names, in order.
    public let header: [String]

    /// A schema of `columns`, whose names must differ; `blank` is the row parsing fills in.
    public init(blank: Row, columns: [CSVColumn<Row>]) {
        precondition(Set(columns.map(\.name)).count == columns.count, "CSV column names must differ")
        self.blank = blank
        self.columns = columns
        header = columns.map(\.name)
    }

    /// The schema with `extra` after its own columns: how a design adds columns of its own.
    public func appending(_ extra: [CSVColumn<Row>]) -> CSVSchema {
        extra.isEmpty ? self : CSVSchema(blank: blank, columns: columns + extra)
    }

    /// The measured columns (those with a title), in order.
    public var measured: [CSVColumn<Row>] { columns.filter(\.isMeasured) }

    /// `row`'s fields, one per column.
    public func fields(_ row: Row) -> [String] {
        columns.map { $0.format(row) }
    }

    /// The document of `rows`, in the order given.
    public func table(_ rows: [Row]) -> CSVTable {
        CSVTable(header: header, rows: rows.map(fields))
    }

    /// The rows of `parsed`, whose header holds every column (others, such as a sweep's
    /// parameters, are ignored). Errors name the file, line and column.
    public func rows(of parsed: CSVTable.Parsed) throws(ScenarioError) -> [Row] {
        var positions: [Int] = []
        positions.reserveCapacity(columns.count)
        for name in header { positions.append(try parsed.column(name)) }
        var rows: [Row] = []
        rows.reserveCapacity(parsed.table.rows.count)
        for index in parsed.table.rows.indices {
            var row = blank
            for (column, position) in zip(columns, positions) {
                try column.parse(&row, CSVCell(parsed: parsed, row: index, column: position))
            }
            rows.append(row)
        }
        return rows
    }
}

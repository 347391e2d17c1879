import Scenario
import Strategies

/// Columns over one stored property of the row, by the property's type: how each type is
/// written (integers as plain digits, numbers with a fixed count of decimals, nil as an
/// empty field) and read back. Passing `metric:` (the column's title) makes the column a
/// measured quantity; without it the column identifies the row.
extension CSVColumn {
    /// Text written as is.
    public static func text(_ name: String, _ key: WritableKeyPath<Row, String> & Sendable) -> CSVColumn {
        CSVColumn(name: name, isCount: false, format: { $0[keyPath: key] },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = cell.text })
    }

    /// A strategy, by its name.
    public static func strategy(_ name: String, _ key: WritableKeyPath<Row, StrategyKind> & Sendable) -> CSVColumn {
        CSVColumn(name: name, isCount: false, format: { $0[keyPath: key].rawValue },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.strategy() })
    }

    /// An integer.
    public static func int(_ name: String, _ key: WritableKeyPath<Row, Int> & Sendable,
                           metric title: String? = nil) -> CSVColumn {
        CSVColumn(name: name, title: title, isCount: true, format: { String($0[keyPath: key]) },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.int() },
                  number: { Double($0[keyPath: key]) })
    }

    /// An unsigned 64-bit integer (a seed).
    public static func uint64(_ name: String, _ key: WritableKeyPath<Row, UInt64> & Sendable) -> CSVColumn {
        CSVColumn(name: name, isCount: true, format: { String($0[keyPath: key]) },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.uint64() })
    }

    /// An integer that may be absent (an empty field).
    public static func optionalInt(_ name: String, _ key: WritableKeyPath<Row, Int?> & Sendable,
                                   metric title: String? = nil) -> CSVColumn {
        CSVColumn(name: name, title: title, isCount: true, format: { $0[keyPath: key].map { String($0) } ?? "" },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.optionalInt() },
                  number: { $0[keyPath: key].map(Double.init) })
    }

    /// A number with `decimals` decimals.
    public static func double(_ name: String, _ key: WritableKeyPath<Row, Double> & Sendable, decimals: Int,
                              unit: String? = nil, metric title: String? = nil) -> CSVColumn {
        CSVColumn(name: name, unit: unit, title: title, isCount: false,
                  format: { NumberFormat.fixed($0[keyPath: key], decimals: decimals) },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.double() },
                  number: { $0[keyPath: key] })
    }

    /// A number with `decimals` decimals that may be absent (an empty field).
    public static func optionalDouble(_ name: String, _ key: WritableKeyPath<Row, Double?> & Sendable, decimals: Int,
                                      unit: String? = nil, metric title: String? = nil) -> CSVColumn {
        CSVColumn(name: name, unit: unit, title: title, isCount: false,
                  format: { $0[keyPath: key].map { NumberFormat.fixed($0, decimals: decimals) } ?? "" },
                  parse: { (row: inout Row, cell: CSVCell) throws(ScenarioError) in row[keyPath: key] = try cell.optionalDouble() },
                  number: { $0[keyPath: key] })
    }
}

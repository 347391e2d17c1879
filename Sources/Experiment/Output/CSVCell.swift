import Scenario
import Strategies

/// One field of a parsed CSV table, read as the type its column holds. Errors name the
/// file, the line and the column, so a bad value in a results file is found at once.
public struct CSVCell {
    /// The table the field is in.
    public let parsed: CSVTable.Parsed
    /// The field's row, an index into `parsed.table.rows`.
    public let row: Int
    /// The field's column, an index into the header.
    public let column: Int

    public init(parsed: CSVTable.Parsed, row: Int, column: Int) {
        self.parsed = parsed
        self.row = row
        self.column = column
    }

    /// The field as written.
    public var text: String { parsed.table.rows[row][column] }

    /// An error about this field.
    public func error(_ message: String) -> ScenarioError {
        parsed.error(row: row, column: column, message)
    }

    /// The field as a strategy name.
    public func strategy() throws(ScenarioError) -> StrategyKind {
        let text = self.text
        guard let strategy = StrategyKind(rawValue: text) else {
            throw error("unknown strategy '\(text)'; expected one of: "
                        + StrategyKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return strategy
    }

    /// The field as an integer.
    public func int() throws(ScenarioError) -> Int {
        let text = self.text
        guard let value = Int(text) else { throw error("expected an integer, found '\(text)'") }
        return value
    }

    /// The field as an unsigned 64-bit integer (seeds).
    public func uint64() throws(ScenarioError) -> UInt64 {
        let text = self.text
        guard let value = UInt64(text) else { throw error("expected an unsigned integer, found '\(text)'") }
        return value
    }

    /// The field as an integer; nil when empty.
    public func optionalInt() throws(ScenarioError) -> Int? {
        let text = self.text
        if text.isEmpty { return nil }
        guard let value = Int(text) else { throw error("expected an integer or an empty field, found '\(text)'") }
        return value
    }

    /// The field as a finite number.
    public func double() throws(ScenarioError) -> Double {
        let text = self.text
        guard let value = Double(text), value.isFinite else { throw error("expected a number, found '\(text)'") }
        return value
    }

    /// The field as a finite number; nil when empty.
    public func optionalDouble() throws(ScenarioError) -> Double? {
        let text = self.text
        if text.isEmpty { return nil }
        guard let value = Double(text), value.isFinite else {
            throw error("expected a number or an empty field, found '\(text)'")
        }
        return value
    }
}

import Scenario
import Strategies

/// Reads the fields of one CSV row in column order, with located errors.
struct CSVFieldReader {
    let parsed: CSVTable.Parsed
    let row: Int
    let columns: [Int]
    private var position = 0

    init(parsed: CSVTable.Parsed, row: Int, columns: [Int]) {
        self.parsed = parsed
        self.row = row
        self.columns = columns
    }

    private mutating func take() -> (text: String, column: Int) {
        let column = columns[position]
        position += 1
        return (parsed.table.rows[row][column], column)
    }

    mutating func text() -> String { take().text }

    mutating func strategy() throws(ScenarioError) -> StrategyKind {
        let (text, column) = take()
        guard let strategy = StrategyKind(rawValue: text) else {
            throw parsed.error(row: row, column: column, "unknown strategy '\(text)'; expected one of: "
                               + StrategyKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return strategy
    }

    mutating func int() throws(ScenarioError) -> Int {
        let (text, column) = take()
        guard let value = Int(text) else { throw parsed.error(row: row, column: column, "expected an integer, found '\(text)'") }
        return value
    }

    mutating func uint64() throws(ScenarioError) -> UInt64 {
        let (text, column) = take()
        guard let value = UInt64(text) else {
            throw parsed.error(row: row, column: column, "expected an unsigned integer, found '\(text)'")
        }
        return value
    }

    mutating func optionalInt() throws(ScenarioError) -> Int? {
        let (text, column) = take()
        if text.isEmpty { return nil }
        guard let value = Int(text) else {
            throw parsed.error(row: row, column: column, "expected an integer or an empty field, found '\(text)'")
        }
        return value
    }

    mutating func double() throws(ScenarioError) -> Double {
        let (text, column) = take()
        guard let value = Double(text), value.isFinite else {
            throw parsed.error(row: row, column: column, "expected a number, found '\(text)'")
        }
        return value
    }

    mutating func optionalDouble() throws(ScenarioError) -> Double? {
        let (text, column) = take()
        if text.isEmpty { return nil }
        guard let value = Double(text), value.isFinite else {
            throw parsed.error(row: row, column: column, "expected a number or an empty field, found '\(text)'")
        }
        return value
    }
}

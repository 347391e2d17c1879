import Foundation
import Scenario
import Strategies

/// The rows of one finished sweep point: its parameter values, then one summary row per
/// strategy and replication (strategies in the scenario's order, replications ascending).
/// Stored as `points/point-NNNNNN.csv` with `points.csv`'s columns.
public struct PointRecord: Equatable, Sendable {
    /// The point's index in the grid.
    public var point: Int
    /// The point's parameter values, as written in the sweep file.
    public var values: [String]
    /// The point's summary rows, in order.
    public var rows: [SummaryRow]

    public init(point: Int, values: [String], rows: [SummaryRow]) {
        self.point = point
        self.values = values
        self.rows = rows
    }

    /// The rows as CSV fields under `layout.pointColumns`: the parameters, `summary.csv`'s
    /// columns, then each objective's value (empty where the replication has none).
    public func csvRows(objectives count: Int) -> [[String]] {
        rows.map { row in
            let objectives = (0..<count).map { i in
                (row.objectiveValues.indices.contains(i) ? row.objectiveValues[i] : nil)
                    .map { NumberFormat.fixed($0, decimals: Self.objectiveDecimals) } ?? ""
            }
            return values + row.csvFields + objectives
        }
    }

    /// Decimals of the objective columns.
    public static let objectiveDecimals = 6

    /// The record as a CSV document under `layout.pointColumns`.
    public func csv(layout: SweepLayout) -> CSVTable {
        CSVTable(header: layout.pointColumns, rows: csvRows(objectives: layout.objectives.count))
    }

    /// Each row's objective values from `layout`'s objective columns of `parsed`.
    static func objectiveValues(of parsed: CSVTable.Parsed, layout: SweepLayout) throws(ScenarioError) -> [[Double?]] {
        var positions: [Int] = []
        for column in layout.objectiveColumns { positions.append(try parsed.column(column)) }
        var values: [[Double?]] = []
        for (index, row) in parsed.table.rows.enumerated() {
            var these: [Double?] = []
            for position in positions {
                let text = position < row.count ? row[position] : ""
                if text.isEmpty { these.append(nil); continue }
                guard let value = Double(text), value.isFinite else {
                    throw parsed.error(row: index, column: position, "is not a number: '\(text)'")
                }
                these.append(value)
            }
            values.append(these)
        }
        return values
    }

    /// `rows` of `parsed` with their objective values.
    static func rows(of parsed: CSVTable.Parsed, layout: SweepLayout) throws(ScenarioError) -> [SummaryRow] {
        var rows = try SummaryRow.rows(of: parsed)
        let objectives = try objectiveValues(of: parsed, layout: layout)
        for index in rows.indices { rows[index].objectiveValues = objectives[index] }
        return rows
    }

    /// The order rows of a point are written in: the scenario's strategy order, then
    /// replication; `nil` when `rows` is not exactly one row per strategy and replication.
    static func ordered(_ rows: [SummaryRow], strategies: [StrategyKind], replications: Int) -> [SummaryRow]? {
        var slots = [SummaryRow?](repeating: nil, count: strategies.count * replications)
        for row in rows {
            guard let s = strategies.firstIndex(of: row.strategy), (0..<replications).contains(row.replication),
                  slots[s * replications + row.replication] == nil else { return nil }
            slots[s * replications + row.replication] = row
        }
        let filled = slots.compactMap { $0 }
        return filled.count == slots.count ? filled : nil
    }

    /// Reads point `point`'s file in `folder` and checks it is that point of `layout`: the
    /// header, the parameter values, and rows grouped by strategy, each group holding
    /// replications 0, 1, ... in order, all groups the same size.
    public static func read(point: Int, folder: SweepFolder, layout: SweepLayout) throws(ScenarioError) -> PointRecord {
        let path = folder.pointPath(point)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(at: .wholeFile(path), "missing: point \(point) is not finished; run the sweep with --resume")
        }
        let parsed = try CSVTable.parse(String(decoding: data, as: UTF8.self), file: path)
        let expectedHeader = layout.pointColumns
        guard parsed.table.header == expectedHeader else {
            throw ScenarioError(at: SourceLocation(file: path, line: 1, column: 1),
                                "the header does not match this sweep's columns (\(expectedHeader.joined(separator: ",")))")
        }
        let values = layout.values(ofPoint: point)
        for (index, row) in parsed.table.rows.enumerated() where Array(row.prefix(values.count)) != values {
            throw parsed.error(row: index, column: 0, "holds values \(row.prefix(values.count).joined(separator: ", ")), "
                               + "not point \(point)'s \(values.joined(separator: ", "))")
        }
        let rows = try rows(of: parsed, layout: layout)
        var strategies: [StrategyKind] = []
        for row in rows where strategies.last != row.strategy { strategies.append(row.strategy) }
        let replications = strategies.isEmpty ? 0 : rows.count / strategies.count
        guard !rows.isEmpty, Set(strategies).count == strategies.count,
              ordered(rows, strategies: strategies, replications: replications) == rows else {
            throw ScenarioError(at: .wholeFile(path), "does not hold one row per strategy and replication, "
                                + "grouped by strategy with replications 0, 1, ... in order")
        }
        return PointRecord(point: point, values: values, rows: rows)
    }
}

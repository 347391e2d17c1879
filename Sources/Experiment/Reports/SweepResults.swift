import Foundation
import Scenario
import Strategies

/// A sweep folder read back for reports and plots: its manifest and every point's rows
/// (from `points.csv`).
public struct SweepResults: Sendable {
    /// The folder read.
    public let folder: SweepFolder
    /// Its manifest.
    public let manifest: SweepManifest
    /// Its layout (parameter columns, point values).
    public let layout: SweepLayout
    /// The finished points' rows, in point order.
    public let records: [PointRecord]

    /// Reads `folder`'s manifest and `points.csv`; errors name the file and line.
    public init(folder: SweepFolder) throws(ScenarioError) {
        self.folder = folder
        manifest = try ManifestJSON.read(SweepManifest.self, path: folder.manifestPath)
        layout = SweepLayout(manifest: manifest)
        guard let data = FileManager.default.contents(atPath: folder.pointsPath) else {
            throw ScenarioError(at: .wholeFile(folder.pointsPath), "missing: the sweep has not finished; run it with --resume")
        }
        let parsed = try CSVTable.parse(String(decoding: data, as: UTF8.self), file: folder.pointsPath)
        let width = layout.parameterColumns.count
        guard Array(parsed.table.header.prefix(width)) == layout.parameterColumns else {
            throw ScenarioError(at: SourceLocation(file: folder.pointsPath, line: 1, column: 1),
                                "the first columns are not the manifest's parameters (\(layout.parameterColumns.joined(separator: ", ")))")
        }
        var pointOf: [[String]: Int] = [:]
        for point in layout.points { pointOf[layout.values(ofPoint: point)] = point }
        let rows = try PointRecord.rows(of: parsed, layout: layout)
        var byPoint: [Int: [SummaryRow]] = [:]
        for (index, row) in rows.enumerated() {
            let values = Array(parsed.table.rows[index].prefix(width))
            guard let point = pointOf[values] else {
                throw parsed.error(row: index, column: 0, "values \(values.joined(separator: ", ")) are not a point of this folder's grid")
            }
            byPoint[point, default: []].append(row)
        }
        let layout = self.layout
        records = layout.points.compactMap { point in
            byPoint[point].map { PointRecord(point: point, values: layout.values(ofPoint: point), rows: $0) }
        }
    }

    /// The strategies in the order they first appear.
    public var strategies: [StrategyKind] {
        var seen: [StrategyKind] = []
        for record in records {
            for row in record.rows where !seen.contains(row.strategy) { seen.append(row.strategy) }
        }
        return seen
    }

    /// The rows of `strategy` at `record`, in replication order.
    public func rows(_ record: PointRecord, _ strategy: StrategyKind) -> [SummaryRow] {
        record.rows.filter { $0.strategy == strategy }.sorted { $0.replication < $1.replication }
    }

    /// n, mean and 95 % interval of `metric` for `strategy` at `record`.
    public func summary(_ record: PointRecord, _ strategy: StrategyKind, _ metric: SummaryMetric) -> AggregateTable.Summary {
        AggregateTable.Summary(rows(record, strategy).compactMap { metric.value(in: $0) })
    }
}

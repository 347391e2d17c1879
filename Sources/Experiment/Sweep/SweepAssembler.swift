import Scenario

/// Writes a sweep folder's `points.csv` and `aggregate.csv` from its point files, in point
/// order. Every way of producing a folder (one run, a resumed run, a merge of shards) ends
/// here, reading the same files, so their outputs are the same bytes.
public enum SweepAssembler {
    /// Reads every point of `layout` from `folder` and writes the two tables.
    public static func write(layout: SweepLayout, folder: SweepFolder) throws {
        var records: [PointRecord] = []
        records.reserveCapacity(layout.points.count)
        for point in layout.points {
            records.append(try PointRecord.read(point: point, folder: folder, layout: layout))
        }
        var points = CSVTable(header: layout.pointColumns)
        for record in records { points.rows += record.csvRows(objectives: layout.objectives.count) }
        try AtomicFile.write(points.rendered(), to: folder.pointsPath)
        let aggregate = AggregateTable.table(records, parameterColumns: layout.parameterColumns,
                                            objectives: layout.objectives)
        try AtomicFile.write(aggregate.rendered(), to: folder.aggregatePath)
    }
}

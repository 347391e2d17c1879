/// What a sweep's files hold, derived from its manifest alone: the parameter columns, each
/// point's values, and the points of the folder's share. Reading, assembling and merging
/// need only this, so a folder can be merged and reported on without its sweep file.
public struct SweepLayout: Equatable, Sendable {
    /// The grid, as the manifest records it.
    public let parameters: [SweepManifest.Parameter]
    /// The column names of the parameters in `points.csv` and `aggregate.csv`.
    public let parameterColumns: [String]
    /// The objectives each point is judged against (none: no objective columns).
    public let objectives: [ObjectiveMark]
    /// Their columns in `points.csv`, after `summary.csv`'s: `objective:<label>`, the
    /// objective's metric in each replication.
    public var objectiveColumns: [String] { objectives.map(\.column) }
    /// Every column of a point file and `points.csv`.
    public var pointColumns: [String] { parameterColumns + SummaryRow.csvHeader + objectiveColumns }
    /// Points in the whole grid.
    public let pointCount: Int
    /// The points of the folder's share, ascending.
    public let points: [Int]

    /// The layout of the folder `manifest` describes.
    public init(manifest: SweepManifest) {
        parameters = manifest.parameters
        parameterColumns = Self.columns(for: manifest.parameters.map(\.path))
        objectives = manifest.objectives ?? []
        pointCount = manifest.points
        points = manifest.shard?.points(of: manifest.points) ?? Array(0..<manifest.points)
    }

    /// Point `point`'s values, one per parameter, in the grid's row-major order (the first
    /// parameter changes slowest), as `Sweep.settings(atPoint:)` numbers them.
    public func values(ofPoint point: Int) -> [String] {
        var rest = point
        var chosen: [String] = []
        for parameter in parameters.reversed() {
            chosen.append(parameter.values[rest % parameter.values.count])
            rest /= parameter.values.count
        }
        return chosen.reversed()
    }

    /// Parameter column names: the paths, except that a path equal to another column's
    /// name (`seed`, say) is written `vary.seed` so that no two columns share a name.
    static func columns(for paths: [String]) -> [String] {
        let reserved = SummaryRow.csvHeader + [AggregateTable.pointColumn] + AggregateTable.seriesColumns + [AggregateTable.verdictColumn]
        return paths.map { reserved.contains($0) ? "vary." + $0 : $0 }
    }
}

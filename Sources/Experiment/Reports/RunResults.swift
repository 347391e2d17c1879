import Foundation
import Scenario
import Strategies

/// A run folder (`vpcsim run`) read back for reports and plots: the manifest, `summary.csv`,
/// and `latency.csv`, `latency_fault.csv`, `failures.csv` and `timeseries.csv` when present.
public struct RunResults: Sendable {
    /// The folder, as named by the user.
    public let path: String
    /// The manifest (empty when the folder has none).
    public let manifest: RunManifest
    /// The rows of `summary.csv`.
    public let summary: [SummaryRow]
    /// The rows of `latency.csv`; empty when the folder has none.
    public let latency: [LatencyRow]
    /// The rows of `latency_fault.csv` (requests that ended inside a fault window); empty
    /// when the folder has none.
    public let faultLatency: [LatencyRow]
    /// The rows of `failures.csv`; empty when the folder has none.
    public let failures: [FailureRow]
    /// The rows of `timeseries.csv`; empty when the folder has none.
    public let timeseries: [TimeseriesRow]

    /// Reads the folder at `path`; errors name the file and line.
    public init(path: String) throws(ScenarioError) {
        self.path = path
        let manifestPath = Self.join(path, "manifest.json")
        manifest = FileManager.default.fileExists(atPath: manifestPath)
            ? try ManifestJSON.read(RunManifest.self, path: manifestPath) : RunManifest()
        summary = try SummaryRow.rows(of: try Self.table(path, "summary.csv", required: true)!)
        latency = try Self.table(path, "latency.csv", required: false).map { p throws(ScenarioError) in try LatencyRow.rows(of: p) } ?? []
        faultLatency = try Self.table(path, "latency_fault.csv", required: false).map { p throws(ScenarioError) in try LatencyRow.rows(of: p) } ?? []
        failures = try Self.table(path, "failures.csv", required: false).map { p throws(ScenarioError) in try FailureRow.rows(of: p) } ?? []
        timeseries = try Self.table(path, "timeseries.csv", required: false).map { p throws(ScenarioError) in try TimeseriesRow.rows(of: p) } ?? []
    }

    /// The strategies in the order they first appear in `summary.csv`.
    public var strategies: [StrategyKind] {
        var seen: [StrategyKind] = []
        for row in summary where !seen.contains(row.strategy) { seen.append(row.strategy) }
        return seen
    }

    /// The summary rows of `strategy`, in replication order.
    public func rows(_ strategy: StrategyKind) -> [SummaryRow] {
        summary.filter { $0.strategy == strategy }.sorted { $0.replication < $1.replication }
    }

    static func table(_ folder: String, _ name: String, required: Bool) throws(ScenarioError) -> CSVTable.Parsed? {
        let file = join(folder, name)
        guard let data = FileManager.default.contents(atPath: file) else {
            if required { throw ScenarioError(at: .wholeFile(file), "missing: a run folder holds summary.csv") }
            return nil
        }
        return try CSVTable.parse(String(decoding: data, as: UTF8.self), file: file)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

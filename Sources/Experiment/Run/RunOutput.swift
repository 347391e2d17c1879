import Foundation
import Scenario
import SimKernel

/// The files of a run folder (DESIGN.md, "Outputs"): `summary.csv`, `timeseries.csv`,
/// `latency.csv`, plus `latency_fault.csv` (requests that ended inside a fault window, when
/// the scenario has faults), `failures.csv` (why things failed, by plane and reason) and
/// `manifest.json`, and `design-report.md` when a design reports on its own. Each file is written to a temporary name and renamed.
public struct RunOutput: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The files a run writes, by name.
    public static let files = ["summary.csv", "timeseries.csv", "latency.csv", "latency_fault.csv",
                               "failures.csv", "manifest.json", DesignReport.fileName]

    public func write(_ results: [ReplicationResult], manifest: RunManifest, hasFaults: Bool) throws {
        try AtomicFile.write(SummaryRow.schema.table(results.map(\.summary)).rendered(), to: path("summary.csv"))
        try AtomicFile.write(TimeseriesRow.schema.table(results.flatMap(\.timeseries)).rendered(), to: path("timeseries.csv"))
        try AtomicFile.write(LatencyRow.schema.table(results.flatMap(\.latency)).rendered(), to: path("latency.csv"))
        if hasFaults {
            try AtomicFile.write(LatencyRow.schema.table(results.flatMap(\.faultLatency)).rendered(),
                                 to: path("latency_fault.csv"))
        } else {
            // A file left by an earlier run with faults would be read as this run's.
            try? FileManager.default.removeItem(atPath: path("latency_fault.csv"))
        }
        try AtomicFile.write(FailureRow.schema.table(results.flatMap(\.failures)).rendered(), to: path("failures.csv"))
        try AtomicFile.write(ManifestJSON.render(manifest), to: path("manifest.json"))
        if let report = DesignReport.render(results) {
            try AtomicFile.write(report, to: path(DesignReport.fileName))
        } else {
            try? FileManager.default.removeItem(atPath: path(DesignReport.fileName))
        }
    }

    func path(_ name: String) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }
}

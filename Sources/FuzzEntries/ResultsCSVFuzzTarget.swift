import Experiment
import Foundation

extension FuzzTarget {
    /// The files of a result folder read back by `report`, `plot`, `merge` and `--resume`:
    /// the CSVs (RFC 4180 parsing, then each file's rows) and the manifests.
    static let resultsCSV = FuzzTarget(
        name: "results-csv", file: "results/fuzz-input/file",
        input: "first byte: the file (summary.csv, latency.csv, failures.csv, timeseries.csv, points.csv, "
            + "a run's manifest.json, a sweep's manifest.json); then the file"
    ) { bytes, path in
        let (kind, file) = FuzzInput.split(bytes, among: ResultFile.allCases)
        switch kind {
        case .runManifest: _ = try ManifestJSON.decode(RunManifest.self, data: Data(file), path: path)
        case .sweepManifest: _ = try ManifestJSON.decode(SweepManifest.self, data: Data(file), path: path)
        default:
            let parsed = try CSVTable.parse(FuzzInput.text(file), file: path)
            switch kind {
            case .summary, .points: _ = try SummaryRow.rows(of: parsed)
            case .latency: _ = try LatencyRow.rows(of: parsed)
            case .failures: _ = try FailureRow.rows(of: parsed)
            case .timeseries: _ = try TimeseriesRow.rows(of: parsed)
            case .runManifest, .sweepManifest: break
            }
        }
    }

    /// The kinds of file, in the order of the first byte's values.
    enum ResultFile: CaseIterable {
        case summary, latency, failures, timeseries, points, runManifest, sweepManifest
    }
}

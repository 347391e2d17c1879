import Foundation
import Scenario

/// A folder `vpcsim report` and `vpcsim plot` work on: a sweep's (it has `points.csv`) or a
/// run's (it has `summary.csv`).
public enum ResultFolder: Sendable {
    case sweep(SweepResults)
    case run(RunResults)

    /// Reads the folder at `path`.
    public static func load(path: String) throws(ScenarioError) -> ResultFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScenarioError(at: .wholeFile(path), keyPath: "DIR", "no such folder; expected the output folder of a run or a sweep")
        }
        let sweep = SweepFolder(path: path)
        if FileManager.default.fileExists(atPath: sweep.pointsPath) || FileManager.default.fileExists(atPath: sweep.manifestPath)
            && !FileManager.default.fileExists(atPath: RunResults.join(path, "summary.csv")) {
            return .sweep(try SweepResults(folder: sweep))
        }
        return .run(try RunResults(path: path))
    }

    /// The folder's path.
    public var path: String {
        switch self {
        case .sweep(let results): return results.folder.path
        case .run(let results): return results.path
        }
    }
}

import Foundation
import Scenario

/// The files of a sweep's result folder:
///
///     manifest.json              what was run (written first)
///     points/point-000012.csv    one file per finished point (written when the point ends)
///     points.csv                 every point's rows, in point order (written last)
///     aggregate.csv              mean and 95 % interval per point, strategy and metric (last)
///
/// Every file is written under a temporary name and renamed (`AtomicFile`), so a file that
/// exists is complete: a point is finished exactly when its file exists, which is what makes
/// `--resume` exact after any interruption, SIGKILL included. One process works in a folder
/// at a time.
public struct SweepFolder: Sendable {
    /// The folder, as named by the user.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `manifest.json`.
    public var manifestPath: String { join(path, "manifest.json") }
    /// `points.csv`.
    public var pointsPath: String { join(path, "points.csv") }
    /// `aggregate.csv`.
    public var aggregatePath: String { join(path, "aggregate.csv") }
    /// The folder of per-point files.
    public var pointFolder: String { join(path, "points") }

    /// The file of point `point`.
    public func pointPath(_ point: Int) -> String {
        let digits = String(point)
        return join(pointFolder, "point-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".csv")
    }

    /// Whether point `point` is finished (its file exists).
    public func isFinished(_ point: Int) -> Bool {
        FileManager.default.fileExists(atPath: pointPath(point))
    }

    /// Checks, before anything is written, that the work of `manifest` may go here: a new or
    /// empty folder; with `resume`, also a folder of the same work. Returns whether the
    /// folder already holds that work's manifest.
    public func check(for manifest: SweepManifest, resume: Bool) throws(ScenarioError) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        guard isDirectory.boolValue else {
            throw ScenarioError(at: .wholeFile(path), keyPath: "--out", "is a file; expected a folder for the results")
        }
        if FileManager.default.fileExists(atPath: manifestPath) {
            guard resume else {
                throw ScenarioError(at: .wholeFile(manifestPath), keyPath: "--out",
                                    "the folder holds results already; pass --resume to continue that sweep, "
                                    + "or choose another --out")
            }
            let existing = try ManifestJSON.read(SweepManifest.self, path: manifestPath)
            if let key = existing.firstDifference(from: manifest) {
                let data = FileManager.default.contents(atPath: manifestPath) ?? Data()
                throw ScenarioError(at: ManifestJSON.location(of: key, in: data, file: manifestPath), keyPath: key,
                                    "the folder holds results of a different sweep (\(Self.describe(key, existing)) there, "
                                    + "\(Self.describe(key, manifest)) here); --resume continues only the same sweep "
                                    + "file, base scenario, seed, shard and version: choose another --out")
            }
            return true
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let foreign = entries.filter { !Self.isTemporary($0) }.sorted()
        guard foreign.isEmpty else {
            throw ScenarioError(at: .wholeFile(path), keyPath: "--out",
                                "the folder is not empty and holds no sweep manifest (found \(foreign.prefix(3).joined(separator: ", "))); "
                                + "choose a new or empty folder")
        }
        return false
    }

    /// Creates the folder, removes temporary files a killed run left, and writes the
    /// manifest unless the folder holds it already.
    public func begin(with manifest: SweepManifest, manifestExists: Bool) throws {
        try FileManager.default.createDirectory(atPath: pointFolder, withIntermediateDirectories: true)
        for folder in [path, pointFolder] {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where Self.isTemporary(entry) {
                try FileManager.default.removeItem(atPath: join(folder, entry))
            }
        }
        if !manifestExists {
            try AtomicFile.write(try ManifestJSON.render(manifest), to: manifestPath)
        }
    }

    /// Whether `name` is a temporary file of `AtomicFile` (`.NAME.tmp-PID`).
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }

    private static func describe(_ key: String, _ manifest: SweepManifest) -> String {
        switch key {
        case "content_hash": return manifest.contentHash
        case "seed": return "seed \(manifest.seed)"
        case "shard": return manifest.shard.map { "shard \($0)" } ?? "the whole grid"
        case "version": return "version \(manifest.version)"
        case "points": return "\(manifest.points) points"
        case "replications": return "\(manifest.replications) replications"
        case "strategies": return manifest.strategies.joined(separator: ", ")
        case "parameters": return manifest.parameters.map(\.path).joined(separator: ", ")
        default: return "\(key) \(manifest.kind)"
        }
    }

    private func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

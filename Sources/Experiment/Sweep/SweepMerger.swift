import Foundation
import Scenario

/// `vpcsim merge`: joins the folders of a sweep's shards into one folder identical to the
/// folder of the same sweep run unsharded.
///
/// The shard folders must hold the same sweep (same manifest but for `shard`), the same
/// shard count, every shard exactly once, and every point of each shard finished. The
/// output gets the unsharded manifest, a copy of every point file, and `points.csv` and
/// `aggregate.csv` written by `SweepAssembler` as an unsharded run writes them.
public enum SweepMerger {
    /// Checks the shard folders `inputs` and writes the merged result into `output` (a new or
    /// empty folder, or one an interrupted merge of the same sweep left). Bad input throws a `ScenarioError` before anything is written.
    public static func merge(_ inputs: [String], into output: String) throws {
        guard !inputs.isEmpty else {
            throw ScenarioError(at: .wholeFile("merge"), keyPath: "DIR", "name at least one shard folder to merge")
        }
        var manifests: [(folder: SweepFolder, manifest: SweepManifest)] = []
        for input in inputs {
            let folder = SweepFolder(path: input)
            manifests.append((folder, try ManifestJSON.read(SweepManifest.self, path: folder.manifestPath)))
        }
        let first = manifests[0]
        var whole = first.manifest
        whole.shard = nil
        var owner = [Int?](repeating: nil, count: whole.points)
        for (folder, manifest) in manifests {
            var unsharded = manifest
            unsharded.shard = nil
            if let key = unsharded.firstDifference(from: whole) {
                let data = FileManager.default.contents(atPath: folder.manifestPath) ?? Data()
                throw ScenarioError(at: ManifestJSON.location(of: key, in: data, file: folder.manifestPath), keyPath: key,
                                    "this folder holds another sweep than \(first.folder.manifestPath) (they differ in '\(key)'); "
                                    + "merge only the shards of one sweep")
            }
            let shard = try manifest.shard ?? ShardSpec(index: 1, count: 1)
            if let other = manifests.first(where: { ($0.manifest.shard?.count ?? 1) != shard.count }) {
                throw shardError(folder, "shard \(shard) is one of \(shard.count), but \(other.folder.path) holds a shard of "
                                 + "\(other.manifest.shard?.count ?? 1); merge the shards of one split")
            }
            for point in shard.points(of: whole.points) {
                if let earlier = owner[point] {
                    throw shardError(folder, "shard \(shard) is given twice (also \(manifests[earlier].folder.path))")
                }
                owner[point] = manifests.firstIndex { $0.folder.path == folder.path }
            }
        }
        let count = first.manifest.shard?.count ?? 1
        let present = Set(manifests.compactMap { $0.manifest.shard?.index ?? 1 })
        let missing = (1...count).filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw shardError(first.folder, "shard\(missing.count > 1 ? "s" : "") "
                             + missing.map { "\($0)/\(count)" }.joined(separator: ", ") + " missing; give every shard's folder")
        }
        for point in 0..<whole.points {
            guard let index = owner[point] else { continue }
            let folder = manifests[index].folder
            guard folder.isFinished(point) else {
                throw ScenarioError(at: .wholeFile(folder.pointPath(point)), keyPath: "points",
                                    "missing: shard \(manifests[index].manifest.shard.map(\.description) ?? "1/1") in \(folder.path) "
                                    + "has not finished point \(point); run it again with --resume, then merge")
            }
        }

        let target = SweepFolder(path: output)
        // A merge interrupted before its end is simply run again: the output may already
        // hold this sweep's (unsharded) manifest, never another's.
        let exists = try target.check(for: whole, resume: true)
        try target.begin(with: whole, manifestExists: exists)
        for point in 0..<whole.points {
            guard let index = owner[point] else { continue }
            let source = manifests[index].folder.pointPath(point)
            guard let data = FileManager.default.contents(atPath: source) else {
                throw ExperimentError("cannot read \(source)")
            }
            try AtomicFile.write(String(decoding: data, as: UTF8.self), to: target.pointPath(point))
        }
        try SweepAssembler.write(layout: SweepLayout(manifest: whole), folder: target)
    }

    private static func shardError(_ folder: SweepFolder, _ message: String) -> ScenarioError {
        let data = FileManager.default.contents(atPath: folder.manifestPath) ?? Data()
        return ScenarioError(at: ManifestJSON.location(of: "shard", in: data, file: folder.manifestPath), keyPath: "shard", message)
    }
}

import Foundation
import TestRunners
import Testing
@testable import Experiment
import Scenario

/// Temporary sweep files over the repository's two-region scenario (2 explicit VPCs plus the
/// fleet `app`), and helpers to run them and compare result folders byte for byte.
struct SweepFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let baseScenario = repository.appendingPathComponent("scenarios/two-region.yaml").path

    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-sweep-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Writes a sweep file over the base scenario with `vary` (YAML lines, indented by 2).
    func sweep(_ vary: String, replications: Int = 3, name: String = "grid.yaml", extra: String = "") throws -> String {
        let path = root.appendingPathComponent(name).path
        let text = "scenario: \(Self.baseScenario)\nvary:\n\(vary)\nreplications: \(replications)\n\(extra)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func folder(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// Runs the sweep at `path` into `out` with `runner`.
    @discardableResult
    static func run(_ path: String, out: String, jobs: Int = 2, shard: ShardSpec? = nil, resume: Bool = false,
                    runner: any ScenarioRunner = SyntheticRunner()) async throws -> SweepPlan {
        let plan = try SweepPlan.load(path: path, shard: shard, version: "test")
        try await SweepExecutor(plan: plan, folder: SweepFolder(path: out), runner: runner, jobs: jobs).run(resume: resume)
        return plan
    }

    /// Every file under `folder`, by relative path, with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[relative] = FileManager.default.contents(atPath: path) }
        }
        return files
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}

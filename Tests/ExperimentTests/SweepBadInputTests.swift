import Foundation
import Testing
@testable import Experiment
import Scenario

/// Bad sweeps, shards and folders: a located error, and nothing written.
@Suite struct SweepBadInputTests {
    func expectNothingWritten(_ fixture: SweepFixture, _ out: String) {
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    func loadError(_ vary: String) throws -> ScenarioError {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let path = try fixture.sweep(vary)
        do {
            _ = try SweepPlan.load(path: path, shard: nil, version: "test")
        } catch {
            #expect(error.file == path)
            return error
        }
        throw ExperimentError("the sweep was accepted")
    }

    @Test func unknownKeyNamesTheLineAndTheClosestKey() throws {
        let error = try loadError("  fleets.app.cuont: [2, 3]")
        #expect(error.line == 3)
        #expect(error.keyPath == "fleets[0].cuont")
        #expect(error.message.contains("did you mean 'count'?"))
    }

    @Test func wrongTypeNamesTheValue() throws {
        let error = try loadError("  fleets.app.count: [2, many]")
        #expect(error.line == 3)
        #expect(error.column == 25)   // "many" in "  fleets.app.count: [2, many]"
        #expect(error.keyPath == "fleets[0].count")
    }

    @Test func emptyValueListIsAnError() throws {
        let error = try loadError("  fleets.app.count: []")
        #expect(error.line == 3)
        #expect(error.message.contains("at least one value"))
    }

    @Test(arguments: ["5/4", "0/4", "1/0", "-1/4", "2", "a/b", "1/4/2"])
    func badShardsAreRefused(_ text: String) {
        do {
            _ = try ShardSpec.parse(text)
            Issue.record("--shard \(text) was accepted")
        } catch {
            #expect(error.file == "--shard")
            #expect(error.keyPath == "shard")
            #expect(error.description.hasPrefix("--shard:1:1: error: shard: "))
        }
    }

    @Test func goodShardsSplitTheGridWithoutOverlap() throws {
        let shards = try (1...4).map { try ShardSpec.parse("\($0)/4") }
        let points = shards.flatMap { $0.points(of: 10) }
        #expect(points.sorted() == Array(0..<10))
        #expect(try ShardSpec.parse("3/4").points(of: 10) == [2, 6])
    }

    @Test func resumeAgainstAnotherSweepsFolderIsRefusedAndChangesNothing() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let first = try fixture.sweep("  fleets.app.count: [2, 3]", name: "first.yaml")
        let second = try fixture.sweep("  fleets.app.count: [2, 4]", name: "second.yaml")
        let out = fixture.folder("out")
        try await SweepFixture.run(first, out: out)
        let before = try SweepFixture.snapshot(out)
        do {
            try await SweepFixture.run(second, out: out, resume: true)
            Issue.record("a folder of another sweep was resumed")
        } catch let error as ScenarioError {
            #expect(error.file == out + "/manifest.json")
            #expect(error.keyPath == "content_hash")
            // The line of `content_hash` in the folder's manifest (sorted keys: `acceptance` first).
            let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
            let line = manifest.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\"content_hash\"") }.map { $0 + 1 }
            #expect(error.line == line)
            #expect(error.message.contains("different sweep"))
        }
        #expect(try SweepFixture.snapshot(out) == before)
    }

    @Test func resumeWithAnotherShardIsRefused() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [2, 3, 4]")
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out, shard: try ShardSpec(index: 1, count: 2))
        await #expect(throws: ScenarioError.self) {
            try await SweepFixture.run(sweep, out: out, shard: try ShardSpec(index: 2, count: 2), resume: true)
        }
    }

    @Test func aFolderWithResultsNeedsResume() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [2, 3]")
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        do {
            try await SweepFixture.run(sweep, out: out)
            Issue.record("results were overwritten without --resume")
        } catch let error as ScenarioError {
            #expect(error.message.contains("--resume"))
        }
        let foreign = fixture.folder("foreign")
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try "x".write(toFile: foreign + "/notes.txt", atomically: true, encoding: .utf8)
        await #expect(throws: ScenarioError.self) { try await SweepFixture.run(sweep, out: foreign) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign) == ["notes.txt"])
    }

    @Test func mergeRefusesMissingDuplicateUnfinishedAndForeignShards() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [2, 3, 4, 5]")
        let other = try fixture.sweep("  fleets.app.count: [2, 3, 4, 6]", name: "other.yaml")
        var shards: [String] = []
        for index in 1...2 {
            let folder = fixture.folder("s\(index)")
            try await SweepFixture.run(sweep, out: folder, shard: try ShardSpec(index: index, count: 2))
            shards.append(folder)
        }
        let foreign = fixture.folder("foreign")
        try await SweepFixture.run(other, out: foreign, shard: try ShardSpec(index: 2, count: 2))
        func mergeError(_ inputs: [String]) -> ScenarioError? {
            let out = fixture.folder("merged-\(UUID().uuidString)")
            defer { #expect(!FileManager.default.fileExists(atPath: out)) }
            do { try SweepMerger.merge(inputs, into: out) } catch let error as ScenarioError { return error } catch {}
            return nil
        }
        #expect(mergeError([shards[0]])?.message.contains("2/2 missing") == true)
        #expect(mergeError([shards[0], shards[0], shards[1]])?.message.contains("given twice") == true)
        #expect(mergeError([shards[0], foreign])?.keyPath == "content_hash")
        try FileManager.default.removeItem(atPath: SweepFolder(path: shards[1]).pointPath(3))
        let unfinished = mergeError(shards)
        #expect(unfinished?.file == SweepFolder(path: shards[1]).pointPath(3))
        #expect(unfinished?.message.contains("--resume") == true)
    }
}

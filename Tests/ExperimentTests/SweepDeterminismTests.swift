import Foundation
import TestRunners
import Testing
@testable import Experiment
import Scenario

/// The same sweep gives the same bytes however it is run: any --jobs, sharded and merged,
/// interrupted and resumed.
@Suite struct SweepDeterminismTests {
    static let grid = "  fleets.app.count: [2, 4, 8, 16, 32]\n  traffic.1.rate: [1/s, 10/s]"

    @Test func jobsOneAndFourGiveIdenticalFiles() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep(Self.grid, replications: 5)
        // A delay that shrinks with the point index makes late points finish first with 4 jobs.
        try await SweepFixture.run(sweep, out: fixture.folder("one"), jobs: 1)
        try await SweepFixture.run(sweep, out: fixture.folder("four"), jobs: 4, runner: ReversedRunner())
        let one = try SweepFixture.snapshot(fixture.folder("one"))
        #expect(one.keys.count == 3 + 10)
        #expect(one == (try SweepFixture.snapshot(fixture.folder("four"))))
    }

    @Test func fourShardsMergedEqualTheUnshardedRunByteForByte() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep(Self.grid)
        try await SweepFixture.run(sweep, out: fixture.folder("whole"))
        var shards: [String] = []
        for index in 1...4 {
            let folder = fixture.folder("shard-\(index)")
            let plan = try await SweepFixture.run(sweep, out: folder, shard: try ShardSpec(index: index, count: 4))
            // Shard I runs points I−1, I−1+4, ...: 10 points split 3, 3, 2, 2.
            #expect(plan.points == Array(stride(from: index - 1, to: 10, by: 4)))
            shards.append(folder)
        }
        try SweepMerger.merge(shards.reversed(), into: fixture.folder("merged"))
        let whole = try SweepFixture.snapshot(fixture.folder("whole"))
        #expect(whole == (try SweepFixture.snapshot(fixture.folder("merged"))))
        // A merge run again (after an interruption, say) gives the same folder.
        try FileManager.default.removeItem(atPath: fixture.folder("merged") + "/aggregate.csv")
        try SweepMerger.merge(shards, into: fixture.folder("merged"))
        #expect(whole == (try SweepFixture.snapshot(fixture.folder("merged"))))
    }

    @Test func resumeAfterAnInterruptionEndsWithTheSameFiles() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep(Self.grid)
        let complete = fixture.folder("complete")
        try await SweepFixture.run(sweep, out: complete)
        // An interrupted run: some points finished, the tables not yet written, a torn
        // temporary file of the point being written when the process died.
        let interrupted = fixture.folder("interrupted")
        try await SweepFixture.run(sweep, out: interrupted)
        for point in [3, 4, 7, 9] { try FileManager.default.removeItem(atPath: SweepFolder(path: interrupted).pointPath(point)) }
        try FileManager.default.removeItem(atPath: interrupted + "/points.csv")
        try FileManager.default.removeItem(atPath: interrupted + "/aggregate.csv")
        try "fleets.app.count,traffic.1.rate,scen".write(toFile: interrupted + "/points/.point-000003.csv.tmp-4242",
                                                         atomically: false, encoding: .utf8)
        try "point,fle".write(toFile: interrupted + "/.aggregate.csv.tmp-4242", atomically: false, encoding: .utf8)
        // Count the replications the resumed run does: only the 4 missing points' 3 × 3.
        let counting = CountingRunner()
        try await SweepFixture.run(sweep, out: interrupted, resume: true, runner: counting)
        #expect(counting.calls == 4 * 3)
        #expect(try SweepFixture.snapshot(complete) == SweepFixture.snapshot(interrupted))
    }

    @Test func resumingAFinishedSweepRunsNothingAndChangesNothing() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep(Self.grid)
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        let before = try SweepFixture.snapshot(out)
        let counting = CountingRunner()
        try await SweepFixture.run(sweep, out: out, resume: true, runner: counting)
        #expect(counting.calls == 0)
        #expect(try SweepFixture.snapshot(out) == before)
    }
}

/// The synthetic runner, slower for earlier points, so parallel runs finish out of order.
struct ReversedRunner: ScenarioRunner {
    func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        let count = scenario.fleets.first?.count ?? 0
        Thread.sleep(forTimeInterval: 0.002 * Double(max(0, 40 - count)) / 8)
        return try SyntheticRunner().run(scenario, replications: replications, seeds: seeds)
    }
}

/// The synthetic runner, counting the replications it is asked for.
final class CountingRunner: ScenarioRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var calls: Int { lock.lock(); defer { lock.unlock() }; return count }

    func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        lock.lock()
        count += replications.count
        lock.unlock()
        return try SyntheticRunner().run(scenario, replications: replications, seeds: seeds)
    }
}

import Foundation
import Testing
@testable import Experiment
import Scenario
import SimKernel
import Strategies

/// The grid's rows and the seeds: row order, counts, and seeds that depend on what a point
/// is, not where it sits in the grid.
@Suite struct SweepGridAndSeedTests {
    @Test func pointsCSVHasOneRowPerPointStrategyAndReplicationInOrder() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [3, 6]\n  traffic.1.rate: [1/s, 10/s, 100/s]", replications: 4)
        let out = fixture.folder("out")
        try await SweepFixture.run(sweep, out: out)
        let parsed = try CSVTable.parse(try SweepFixture.text(out + "/points.csv"), file: "points.csv")
        #expect(parsed.table.header == ["fleets.app.count", "traffic.1.rate"] + SummaryRow.csvHeader)
        // 2 × 3 points × 3 strategies × 4 replications.
        #expect(parsed.table.rows.count == 2 * 3 * 3 * 4)
        let rows = try SummaryRow.rows(of: parsed)
        let strategies = try ScenarioLoader.load(path: SweepFixture.baseScenario).strategies
        #expect(strategies.count == 3)
        // Row-major: the last parameter changes fastest; within a point, strategy then replication.
        let expectedValues = [["3", "1/s"], ["3", "10/s"], ["3", "100/s"], ["6", "1/s"], ["6", "10/s"], ["6", "100/s"]]
        for (index, row) in parsed.table.rows.enumerated() {
            let point = index / 12, within = index % 12
            #expect(Array(row.prefix(2)) == expectedValues[point])
            #expect(rows[index].strategy == strategies[within / 4])
            #expect(rows[index].replication == within % 4)
            // 2 explicit VPCs plus the fleet; a full mesh of n VPCs has n(n−1)/2 peerings.
            let n = 2 + Int(expectedValues[point][0])!
            #expect(rows[index].vpcs == n)
            if rows[index].strategy == .peeringMesh { #expect(rows[index].connections == n * (n - 1) / 2) }
        }
    }

    @Test func replicationSeedsFollowTheDocumentedRule() {
        let seeds = ReplicationSeeds(base: 42, context: "fleets.app.count=5")
        // The rule, spelled out with SplitMix64's published constants and FNV-1a's offset basis and prime.
        func splitmix(_ x: UInt64) -> UInt64 {
            var z = x &+ 0x9e37_79b9_7f4a_7c15
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "fleets.app.count=5".utf8 { fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for r in 0..<5 {
            #expect(seeds.seed(replication: r) == splitmix(splitmix(42 ^ fnv) ^ UInt64(r)))
        }
        // SplitMix64 from state 0 first outputs 0xe220a8397b1dcdaf (Vigna's reference implementation).
        #expect(splitmix(0) == 0xe220_a839_7b1d_cdaf)
        let all = (0..<100).map { seeds.seed(replication: $0) }
        #expect(Set(all).count == 100)
        #expect(ReplicationSeeds.run(seed: 42).seed(replication: 0) != seeds.seed(replication: 0))
    }

    @Test func addingAValueLeavesEveryOtherPointsRowsUnchanged() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let small = try fixture.sweep("  fleets.app.count: [3, 9]", name: "small.yaml")
        let large = try fixture.sweep("  fleets.app.count: [3, 5, 9, 12]", name: "large.yaml")
        try await SweepFixture.run(small, out: fixture.folder("small"))
        try await SweepFixture.run(large, out: fixture.folder("large"))
        func rows(_ folder: String, _ count: String) throws -> [[String]] {
            let parsed = try CSVTable.parse(try SweepFixture.text(folder + "/points.csv"), file: "points.csv")
            return parsed.table.rows.filter { $0[0] == count }
        }
        for count in ["3", "9"] {
            let before = try rows(fixture.folder("small"), count)
            #expect(before.count == 9)
            #expect(before == (try rows(fixture.folder("large"), count)))
        }
        // Count 9 is point 1 in the small grid and point 2 in the large one: same seeds anyway.
        let inserted = try rows(fixture.folder("large"), "5")
        #expect(Set(inserted.map { $0[4] }).isDisjoint(with: Set(try rows(fixture.folder("small"), "9").map { $0[4] })))
    }
}

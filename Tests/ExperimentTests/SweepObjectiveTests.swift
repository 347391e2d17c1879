import Foundation
import Scenario
import SimKernel
import Strategies
import TestRunners
import Testing
@testable import Experiment

/// A sweep whose base scenario has objectives: each point and design is judged
/// (`aggregate.csv`'s `verdict`), the objective values survive the point files (resume,
/// merge), and the report's first finding states the answer.
@Suite struct SweepObjectiveTests {
    /// The synthetic runner, with one objective value per replication: p99 = 100 ms /
    /// instances_per_az, plus noise under ±0.05 ms. Against a 30 ms bound, 1–3 instances fail
    /// (100, 50, 33.3 ms) and 4 on pass (25 ms): the answer is 4.
    struct InverseRunner: ScenarioRunner {
        func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
            let n = Double(scenario.services[0].instancesPerAZ)
            return try SyntheticRunner().run(scenario, replications: replications, seeds: seeds).map { row in
                var row = row
                let stream = RandomStream(runSeed: row.seed, purpose: "objective-\(row.strategy.rawValue)")
                row.objectiveValues = [100 / n + (stream.uniform() - 0.5) * 0.1]
                return row
            }
        }
    }

    func writeSweep(_ fixture: SweepFixture) throws -> String {
        let base = try String(contentsOfFile: SweepFixture.baseScenario, encoding: .utf8)
            + "\nobjectives: [{metric: latency_p99_ms, max: 30ms, service: api}]\n"
        let basePath = fixture.folder("base.yaml")
        try base.write(toFile: basePath, atomically: true, encoding: .utf8)
        let path = fixture.folder("grid.yaml")
        try """
            scenario: \(basePath)
            vary:
              services.0.instances_per_az: [1, 2, 3, 4, 6]
              fleets.app.count: [10, 20]
            replications: 3

            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aggregateJudgesEveryPointAndTheReportStatesTheAnswer() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let out = fixture.folder("out")
        try await SweepFixture.run(try writeSweep(fixture), out: out, runner: InverseRunner())

        let points = try CSVTable.parse(try SweepFixture.text(out + "/points.csv"), file: "points.csv")
        #expect(points.table.header.last == "objective:latency_p99_ms[api]")

        let aggregate = try CSVTable.parse(try SweepFixture.text(out + "/aggregate.csv"), file: "aggregate.csv")
        let metric = try aggregate.column("metric"), verdict = try aggregate.column("verdict")
        let instances = try aggregate.column("services.0.instances_per_az")
        let judged = aggregate.table.rows.filter { $0[metric] == AggregateTable.allObjectivesMetric }
        // 5 × 2 points × every strategy of the base scenario.
        let strategy = try aggregate.column("strategy")
        #expect(judged.count == 10 * Set(aggregate.table.rows.map { $0[strategy] }).count)
        for row in judged {
            let n = try #require(Int(row[instances]))
            #expect(row[verdict] == (n >= 4 ? "pass" : "fail"), "\(row)")
        }
        let ordinary = aggregate.table.rows.filter { $0[metric] == "monthly_cost_usd" }
        #expect(!ordinary.isEmpty && ordinary.allSatisfy { $0[verdict].isEmpty })

        let findings = ReportWriter.findings(try ResultFolder.load(path: out))
        let first = try #require(findings.first)
        #expect(first.kind == .objective)
        #expect(first.text.contains("from services.0.instances_per_az = 4 on at fleets.app.count = 10 (25."), "\(first.text)")
        #expect(first.text.contains("; 33.3"), "\(first.text)")
        #expect(first.text.contains(" at 3, fail)"), "\(first.text)")
        #expect(first.text.contains("from services.0.instances_per_az = 4 on at fleets.app.count = 20"), "\(first.text)")
    }

    /// The objective columns are read back from the point files: a resumed sweep writes the
    /// same bytes as one run straight through.
    @Test func resumedSweepKeepsTheObjectiveValues() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try writeSweep(fixture)
        let straight = fixture.folder("straight"), resumed = fixture.folder("resumed")
        try await SweepFixture.run(sweep, out: straight, runner: InverseRunner())
        try await SweepFixture.run(sweep, out: resumed, runner: InverseRunner())
        try FileManager.default.removeItem(atPath: resumed + "/points/point-000003.csv")
        try FileManager.default.removeItem(atPath: resumed + "/aggregate.csv")
        try await SweepFixture.run(sweep, out: resumed, resume: true, runner: InverseRunner())
        #expect(try SweepFixture.snapshot(straight) == SweepFixture.snapshot(resumed))
    }
}

import Foundation
import Testing

/// End to end: the built `vpcsim plan` on a small M/M/1 scenario and on bad input.
@Suite struct PlanCommandTests {
    static let capacity = ValidateCommandTests.repository.appendingPathComponent("scenarios/capacity-planning.yaml").path

    static let tiny = """
        name: tiny-plan
        strategies: [peering-mesh]
        duration: 3s
        warmup: 1s
        regions: {us-east-1: {azs: 1}}
        vpcs:
          - {name: client, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: provider, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: provider, port: 443, service_time: "exponential(mean=1ms)"}
        traffic:
          - {from: client, to: api, rate: 2000/s}
        latency: {same_az: 0ms, cross_az: 0ms}
        objectives: [{metric: latency_p99_ms, max: 10ms}]

        """

    @Test func planWritesItsThreeFilesAndAProgressLinePerProbe() throws {
        let file = try ValidateCommandTests.temporaryFile(Self.tiny, name: "tiny.yaml")
        let out = RunCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["plan", file.path, "--minimize", "services.api.instances_per_az",
                                                    "--range", "1..8", "--max-replications", "6", "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // λ = 2,000/s, μ = 1,000/s: n = 4 gives p99 = ln(100)/(1000 − 500) = 9.2 ms, n = 3 gives 13.8 ms.
        #expect(outcome.stdout.contains("peering-mesh: met at services.api.instances_per_az=4"), "\(outcome.stdout)")
        let probes = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("plan peering-mesh:") }
        let csv = try String(contentsOf: out.appendingPathComponent("probes.csv"), encoding: .utf8)
        #expect(probes.count == csv.split(separator: "\n").count - 1)
        let plan = try String(contentsOf: out.appendingPathComponent("plan.csv"), encoding: .utf8)
        #expect(plan.contains("peering-mesh,services.api.instances_per_az,4,met,3,"))
        let md = try String(contentsOf: out.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(md.contains("is **4**"))
        // The chart: every probe per design, the answer ringed (its x is the answer, 4).
        let plots = out.appendingPathComponent("plots")
        #expect(FileManager.default.fileExists(atPath: plots.appendingPathComponent("plan-objective-1.png").path))
        let marks = try String(contentsOf: plots.appendingPathComponent("data/plan-objective-1-marks.dat"), encoding: .utf8)
        #expect(marks.hasPrefix("\"peering-mesh\"\n4.000000 "), "\(marks)")
        let data = try String(contentsOf: plots.appendingPathComponent("data/plan-objective-1-data.dat"), encoding: .utf8)
        #expect(data.split(separator: "\n").count - 1 == probes.count, "one line per probe and a title line")
    }

    /// `--seed` replaces the scenario's seed in every probe: the same seed gives the same
    /// files, another seed other estimates.
    @Test func seedIsHonouredAndDeterministic() throws {
        let file = try ValidateCommandTests.temporaryFile(Self.tiny, name: "tiny.yaml")
        var probes: [String] = []
        for seed in ["7", "7", "8"] {
            let out = RunCommandTests.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: out) }
            let outcome = try ValidateCommandTests.run(["plan", file.path, "--minimize", "services.api.instances_per_az",
                                                        "--range", "3..5", "--max-replications", "3", "--seed", seed,
                                                        "--out", out.path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let md = try String(contentsOf: out.appendingPathComponent("plan.md"), encoding: .utf8)
            #expect(md.contains("seed \(seed);"), "\(md)")
            probes.append(try String(contentsOf: out.appendingPathComponent("probes.csv"), encoding: .utf8))
        }
        #expect(probes[0] == probes[1])
        #expect(probes[0] != probes[2])
    }

    /// `--grid`: one answer per rate of a sweep file. M/M/1 per instance (μ = 1,000/s): the p99
    /// ln(100)/(μ − λ/n) is at most 10 ms when λ/n ≤ 539.5/s, so λ = 1,000/s needs n = 2
    /// (9.2 ms; n = 1 is overloaded) and λ = 2,400/s needs n = 5 (8.9 ms; n = 4 gives 11.5 ms).
    /// The sweep's own values of the planned setting are replaced by the range.
    @Test func gridGivesOneAnswerPerRate() throws {
        let file = try ValidateCommandTests.temporaryFile(Self.tiny, name: "tiny.yaml")
        let sweep = try ValidateCommandTests.temporaryFile("""
            scenario: \(file.path)
            vary:
              services.api.instances_per_az: [1]
              traffic.0.rate: [1000/s, 2400/s]

            """, name: "grid.yaml")
        let out = RunCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["plan", sweep.path, "--grid", "--minimize", "services.api.instances_per_az",
                                                    "--range", "1..8", "--max-replications", "12", "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("peering-mesh [traffic.0.rate = 1000/s]: met at services.api.instances_per_az=2"),
                "\(outcome.stdout)")
        #expect(outcome.stdout.contains("peering-mesh [traffic.0.rate = 2400/s]: met at services.api.instances_per_az=5"),
                "\(outcome.stdout)")
        let plan = try String(contentsOf: out.appendingPathComponent("plan.csv"), encoding: .utf8)
        #expect(plan.hasPrefix("traffic.0.rate,strategy,parameter,answer,status,neighbour,"), "\(plan)")
        #expect(plan.contains("\n2400/s,peering-mesh,services.api.instances_per_az,5,met,4,"), "\(plan)")
        let md = try String(contentsOf: out.appendingPathComponent("plan.md"), encoding: .utf8)
        #expect(md.contains("### traffic.0.rate = 1000/s") && md.contains("are replaced by the range"), "\(md)")
    }

    @Test(arguments: [
        (["--minimize", "services.0.instances_per_az", "--maximize", "traffic.0.rate", "--range", "1..4"], "--minimize", "not both"),
        (["--range", "1..4"], "--minimize", "needs --minimize"),
        (["--minimize", "services.0.instances_per_az", "--range", "4..1"], "--range", "empty"),
        (["--minimize", "services.0.instances_per_az", "--range", "1/s..4ms"], "--range", "same unit"),
        (["--minimize", "services.0.instances_per_az", "--range", "1ms..4ms"], "--range", "whole number"),
        (["--minimize", "name", "--range", "1..4"], "--minimize", "not a numeric setting"),
        (["--minimize", "services.0.instances_per_az", "--range", "1..4", "--tolerance", "200%"], "--tolerance", "share"),
        (["--minimize", "services.0.instances_pr_az", "--range", "1..4"], "instances_pr_az", "did you mean"),
        (["--grid", "--minimize", "services.0.instances_per_az", "--range", "1..4"], "name", "expected one of: scenario, vary"),
    ])
    func badInputExitsTwoNamesTheFlagAndWritesNothing(arguments: [String], key: String, hint: String) throws {
        let out = RunCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["plan", Self.capacity, "--out", out.path] + arguments)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(key) && outcome.stderr.contains(hint), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed plan wrote \(out.path)")
    }

    @Test func objectivesTheRunCannotProduceExitTwoWithTheirLine() throws {
        let unknown = Self.tiny.replacingOccurrences(of: "latency_p99_ms", with: "latency_p95_ms")
        let out = RunCommandTests.temporaryFolder()
        let file = try ValidateCommandTests.temporaryFile(unknown, name: "p95.yaml")
        let outcome = try ValidateCommandTests.run(["plan", file.path, "--minimize", "services.api.instances_per_az",
                                                    "--range", "1..4", "--out", out.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("p95.yaml:14:") && outcome.stderr.contains("objectives[0].metric"), "\(outcome.stderr)")
        let none = Self.tiny.replacingOccurrences(of: "objectives: [{metric: latency_p99_ms, max: 10ms}]", with: "")
        let bare = try ValidateCommandTests.temporaryFile(none, name: "bare.yaml")
        let second = try ValidateCommandTests.run(["plan", bare.path, "--minimize", "services.api.instances_per_az",
                                                   "--range", "1..4", "--out", out.path])
        #expect(second.status == 2 && second.stderr.contains("needs objectives"), "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

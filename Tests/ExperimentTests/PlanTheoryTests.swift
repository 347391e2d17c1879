import Foundation
import Scenario
import Strategies
import Testing
@testable import Experiment

/// `vpcsim plan` against queueing theory, not against the simulator. With zero network
/// delay, one AZ, one slot per instance and exponential service (rate μ), each of n
/// instances fed uniformly at λ/n is an M/M/1 queue whose response time is exponential with
/// rate μ − λ/n, so its p99 is ln(100)/(μ − λ/n).
@Suite struct PlanTheoryTests {
    /// μ = 1,000/s (mean service 1 ms); target p99 10 ms.
    static let mu = 1000.0
    static let target = 0.010

    static func p99(rate: Double, instances: Int) -> Double? {
        let perInstance = rate / Double(instances)
        guard perInstance < mu else { return nil }
        return log(100) / (mu - perInstance)
    }

    /// Every registered design's own hop at zero, each key once (the load balancers' keep
    /// their defaults), so a design added later runs the same queue.
    static var zeroHops: String {
        var seen: Set<String> = []
        return DesignRegistry.designs.flatMap { $0.hops }.map(\.key).filter { seen.insert($0).inserted }
            .map { "\($0): 0ms" }.joined(separator: ", ")
    }

    static func scenario(rate: String, instances: Int = 1, strategies: String, duration: String = "20s") -> String {
        """
        name: mm1
        seed: 11
        strategies: \(strategies)
        duration: \(duration)
        warmup: 2s
        regions: {us-east-1: {azs: 1}}
        vpcs:
          - {name: client, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: provider, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: provider, port: 443, instances_per_az: \(instances), concurrency: 1, service_time: "exponential(mean=1ms)"}
        traffic:
          - {from: client, to: api, rate: \(rate)}
        latency: {same_az: 0ms, cross_az: 0ms, \(zeroHops)}
        objectives: [{metric: latency_p99_ms, max: 10ms, service: api}]

        """
    }

    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The smallest n with ln(100)/(μ − λ/n) ≤ 10 ms: λ/n ≤ 539.5/s, so 2 at 1,000/s, 4 at
    /// 2,000/s, 6 at 3,000/s (each at 9.21 ms; one fewer gives 13.8 or 11.5 ms, or overload).
    @Test(arguments: [1000.0, 2000.0, 3000.0])
    func smallestInstanceCountMatchesTheory(rate: Double) async throws {
        let expected = try #require((1...20).first { n in Self.p99(rate: rate, instances: n).map { $0 <= Self.target } ?? false })
        // Every design that builds its connectivity: as-is has no estate here (no `as_is:`),
        // so nothing of it connects and it meets no objective.
        let all = "[" + DesignRegistry.defaultStrategies.map(\.rawValue).joined(separator: ", ") + "]"
        let path = try Self.file(Self.scenario(rate: "\(Int(rate))/s", strategies: all))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let planner = try Planner(path: path, parameter: "services.api.instances_per_az", direction: .minimize,
                                  range: PlanRange(parsing: "1..8"), maxReplications: 12, jobs: 2)
        let answers = try await planner.run()
        #expect(answers.count == DesignRegistry.defaultStrategies.count)
        for answer in answers {
            #expect(answer.status == .met, "\(answer.strategy)")
            #expect(answer.value?.text == String(expected), "\(answer.strategy): \(answer.value?.text ?? "-") vs \(expected)")
            #expect(answer.neighbour?.text == String(expected - 1), "\(answer.strategy)")
            // Theory's p99 at the answer lies in the measured interval's neighbourhood.
            let measured = try #require(answer.value?.estimates.first?.mean)
            let theory = try #require(Self.p99(rate: rate, instances: expected)) * 1000
            #expect(abs(measured - theory) / theory < 0.05, "\(answer.strategy): \(measured) vs \(theory) ms")
        }
    }

    /// For n = 2 the largest rate is λ = n(μ − ln(100)/T) = 2 × 539.5 = 1,079/s. The search
    /// brackets it: the largest rate that passed and the smallest that failed lie either side
    /// of it (up to the probes' sampling error, a few %), and the answer is within the 5 %
    /// tolerance of it. A probe within about 1 % of the boundary, where the p99 differs from
    /// 10 ms by about 1 %, may stay undecided at 30 replications: the planner then says so.
    @Test func largestRateMatchesTheory() async throws {
        let theory = 2 * (Self.mu - log(100) / Self.target)
        let path = try Self.file(Self.scenario(rate: "500/s", instances: 2, strategies: "[peering-mesh]", duration: "30s"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let planner = try Planner(path: path, parameter: "traffic.0.rate", direction: .maximize,
                                  range: PlanRange(parsing: "200/s..2000/s"), tolerance: 0.05, maxReplications: 30, jobs: 2)
        let answer = try #require(try await planner.run().first)
        let trail = answer.probes.map { "\($0.text) \($0.verdict)" }
        #expect(answer.status != .noneInRange, "\(trail)")
        let lastPass = try #require(answer.probes.filter { $0.verdict == .pass }.map(\.value).max())
        let firstFail = try #require(answer.probes.filter { $0.verdict == .fail }.map(\.value).min())
        #expect(lastPass <= theory * 1.03 && firstFail >= theory * 0.97, "\(trail) vs \(theory)")
        let value = try #require(answer.value?.value)
        #expect(abs(value - theory) / theory <= 0.05, "\(value) vs \(theory): \(trail)")
        if answer.status == .met {
            let neighbour = try #require(answer.neighbour?.value)
            #expect((neighbour - value) / value <= 0.05 + 1e-9)
        } else {
            #expect(answer.value?.replications == 30)
        }
    }

    /// Same inputs, same files, whatever `jobs` is.
    @Test func planIsDeterministic() async throws {
        let path = try Self.file(Self.scenario(rate: "2000/s", strategies: "[peering-mesh, privatelink-hub]", duration: "5s"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var tables: [String] = []
        for jobs in [1, 2] {
            let planner = try Planner(path: path, parameter: "services.api.instances_per_az", direction: .minimize,
                                      range: PlanRange(parsing: "1..8"), maxReplications: 6, jobs: jobs)
            let answers = try await planner.run()
            tables.append(PlanReport.probesTable(answers, planner: planner).rendered()
                          + PlanReport.planTable(answers, planner: planner).rendered())
        }
        #expect(tables[0] == tables[1])
    }

    @Test func rangesParse() throws {
        let counts = try PlanRange(parsing: "1..12")
        #expect(counts.isInteger && counts.low == 1 && counts.high == 12)
        let rates = try PlanRange(parsing: "100/s..5000/s")
        #expect(!rates.isInteger && rates.unit == "/s" && rates.text(1079.04321) == "1079.04/s")
        #expect(throws: ScenarioError.self) { try PlanRange(parsing: "5..1") }
        #expect(throws: ScenarioError.self) { try PlanRange(parsing: "100/s..5000ms") }
        #expect(throws: ScenarioError.self) { try PlanRange(parsing: "1-12") }
    }
}

/// An undecided answer still names the best value that clearly passed, the figure a reader
/// can act on.
@Suite struct PlanUndecidedBoundTests {
    static func probe(_ value: Double, _ verdict: PlanProbe.Verdict) -> PlanProbe {
        PlanProbe(value: value, text: "\(Int(value))/s", replications: 3, estimates: [], utilisation: nil,
                  overloaded: false, verdict: verdict)
    }

    @Test func undecidedNamesTheBestClearPass() {
        let probes = [Self.probe(100, .pass), Self.probe(400, .pass), Self.probe(1000, .fail),
                      Self.probe(560, .pass), Self.probe(640, .undecided)]
        let answer = Planner.Answer(strategy: .peeringMesh, status: .undecided, value: probes[4], neighbour: nil, probes: probes)
        #expect(PlanReport.clearBound(answer, direction: .maximize)
                == "the largest value probed that clearly meets every objective is 560/s")
        #expect(PlanReport.clearBound(answer, direction: .minimize)
                == "the smallest value probed that clearly meets every objective is 100/s")
        let none = Planner.Answer(strategy: .peeringMesh, status: .undecided, value: probes[4], neighbour: nil,
                                  probes: [Self.probe(640, .undecided)])
        #expect(PlanReport.clearBound(none, direction: .maximize) == nil)
    }
}

/// The planner reads and parses its scenario file once: its probes decode the document it
/// read at the start (as a sweep's points do), so the file is not read again per probe.
@Suite struct PlanFileReadOnceTests {
    /// The file is replaced by text that is not a scenario once the planner exists: every
    /// probe still runs (re-reading the file per probe would fail at the first one). Two
    /// instances at 1,000/s: per instance 500/s, p99 = ln(100)/(1000 − 500) = 9.2 ms ≤ 10 ms.
    @Test func probesDoNotReadTheFileAgain() async throws {
        let path = try PlanTheoryTests.file(PlanTheoryTests.scenario(rate: "1000/s", strategies: "[peering-mesh]",
                                                                     duration: "5s"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let planner = try Planner(path: path, parameter: "services.api.instances_per_az", direction: .minimize,
                                  range: PlanRange(parsing: "2..3"), maxReplications: 3, jobs: 1)
        try "not: [a scenario".write(toFile: path, atomically: true, encoding: .utf8)
        let answer = try #require(try await planner.run().first)
        #expect(!answer.probes.isEmpty)
    }
}

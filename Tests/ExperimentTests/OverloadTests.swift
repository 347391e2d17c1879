import Foundation
import Scenario
import SimKernel
import Strategies
import Testing
@testable import Experiment

/// Overload as a result: offered utilisation from the scenario (hand-worked), a growing queue
/// seen in the run, and reports that flag overloaded points and leave them out of latency
/// findings.
@Suite struct OverloadTests {
    /// A service in a 3-AZ VPC with 2 instances per AZ (6 instances, 1 slot each), mean
    /// service 10 ms, called at `rate` by a client VPC that spans only AZ 1 of the same region.
    static func scenario(rate: String, strategies: String = "[peering-mesh, privatelink-hub]",
                         duration: String = "20s") throws -> Scenario {
        try ScenarioLoader.load(text: """
            strategies: \(strategies)
            duration: \(duration)
            regions: {us-east-1: {azs: 3}}
            vpcs:
              - {name: app, region: us-east-1, cidrs: [10.1.0.0/16], azs: 1}
              - {name: svc, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: svc, port: 443, instances_per_az: 2, service_time: "exponential(mean=10ms)"}
            traffic:
              - {from: app, to: api, rate: \(rate)}

            """, displayName: "overload.yaml")
    }

    /// Any instance (peering): 500/s × 0.01 s / 6 instances = 0.8333. Entry AZ (PrivateLink
    /// without cross-zone): the client is in AZ 1 only, so AZ 1's 2 instances take all of it:
    /// 500 × 0.01 / 2 = 2.5. With cross_zone, back to 0.8333.
    @Test func offeredUtilisationIsHandWorked() throws {
        let s = try Self.scenario(rate: "500/s")
        let any = ServiceLoad.loads(s, servesInEntryZone: false)
        let entry = ServiceLoad.loads(s, servesInEntryZone: true)
        #expect(abs(try #require(any[0].offered) - 500 * 0.01 / 6) < 1e-12)
        #expect(abs(try #require(entry[0].offered) - 2.5) < 1e-12)
        #expect(!any[0].overloaded && entry[0].overloaded)
    }

    /// The same in a run: privatelink-hub's column says overloaded with utilisation 2.5 and the
    /// run saw AZ 1's queue grow; peering-mesh's (0.833) is not overloaded.
    @Test func runFlagsTheOverloadedDesign() throws {
        let s = try Self.scenario(rate: "500/s")
        let results = try SimulationRunner(sourcePath: "overload.yaml").runReplication(s, replication: 0, seed: 3)
        let mesh = try #require(results.first { $0.summary.strategy == .peeringMesh })
        let hub = try #require(results.first { $0.summary.strategy == .privateLinkHub })
        #expect(mesh.summary.overloaded == 0)
        #expect(abs(try #require(mesh.summary.utilisation) - 0.833333) < 1e-6)
        #expect(hub.summary.overloaded == 1)
        #expect(hub.summary.utilisation == 2.5)
        #expect(hub.loads[0].queueGrowing, "an offered utilisation of 2.5 grows the queue")
        #expect(!mesh.loads[0].queueGrowing)
        let header = SummaryRow.csvHeader
        #expect(header.contains("utilisation") && header.contains("overloaded"))
    }

    /// A sweep's report flags the overloaded cells and its latency finding leaves the point out.
    @Test func sweepFindingsLeaveOverloadedPointsOut() async throws {
        let fixture = try SweepFixture()
        defer { fixture.remove() }
        let sweep = try fixture.sweep("  fleets.app.count: [10, 40, 80]", replications: 3)
        let out = fixture.folder("overloaded")
        try await SweepFixture.run(sweep, out: out, runner: OverloadingRunner())
        let folder = try ResultFolder.load(path: out)
        let findings = ReportWriter.findings(folder)
        let overload = findings.filter { $0.kind == .overload }
        #expect(overload.count == 1 && overload.first?.strategy == .privateLinkHub)
        #expect(overload.first?.text.contains("1 of 3 points") == true)
        #expect(overload.first?.text.contains("utilisation 1.4") == true)
        let latency = findings.filter { $0.kind == .latency && $0.strategy == .privateLinkHub }
        #expect(latency.count == 2)
        for finding in latency {
            // DesignedRunner: PrivateLink is 0.4 ms (p50) and 0.44 ms (p99) slower; the
            // overloaded point's 50,000 ms would dominate the range.
            #expect(finding.text.contains("across 2 points"), "\(finding.text)")
            #expect(finding.text.contains("1 overloaded point left out"), "\(finding.text)")
            #expect(!finding.text.contains("50,000"), "\(finding.text)")
        }
        let report = ReportWriter.markdown(folder)
        #expect(report.contains("⚠ overloaded"))
        #expect(report.contains("### Overload"))
    }
}

/// `DesignedRunner`, with privatelink-hub overloaded (utilisation 1.4, p99 50,000 ms) at
/// the largest fleet.
struct OverloadingRunner: ScenarioRunner {
    func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        let n = scenario.fleets.reduce(0) { $0 + $1.count }
        return try DesignedRunner().run(scenario, replications: replications, seeds: seeds).map { row in
            var row = row
            row.utilisation = 0.5
            if n == 80 && row.strategy == .privateLinkHub {
                row.overloaded = 1
                row.utilisation = 1.4
                row.latencyP50Milliseconds = 40_000
                row.latencyP99Milliseconds = 50_000
            }
            return row
        }
    }
}

import Foundation
import Scenario
import SimKernel
import Strategies
import Testing
@testable import Experiment

/// Replications that share what does not depend on the seed (`ReplicationShare`) give the
/// rows they give on their own, in one call or spread over several, whether the topology is
/// shared (it draws nothing) or drawn per replication (a fleet that reuses blocks).
@Suite struct ReplicationShareTests {
    static func scenario(overlap: Double) throws -> Scenario {
        try ScenarioLoader.load(text: """
            name: share
            strategies: [peering-mesh, transit-gateway]
            replications: 3
            duration: 20s
            warmup: 2s
            regions: {us-east-1: {azs: 2}, eu-west-2: {azs: 2}}
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.1.0.0/16]}
            fleets:
              - {name: app, region: eu-west-2, count: 6, cidr_pool: 10.64.0.0/10, prefix: 16, overlap: \(overlap)}
            services:
              - {name: api, vpc: hub, port: 443, service_time: "lognormal(median=2ms, p99=20ms)"}
            traffic:
              - {from: app, to: api, rate: 20/s}

            """, displayName: "share.yaml")
    }

    @Test(arguments: [0.0, 0.5])
    func sharedReplicationsGiveTheRowsOfSeparateOnes(overlap: Double) throws {
        let scenario = try Self.scenario(overlap: overlap)
        #expect(scenario.topologyDependsOnSeed == (overlap > 0))
        let runner = SimulationRunner(sourcePath: "share.yaml")
        let seeds = ReplicationSeeds.run(seed: scenario.seed)
        let separate = try runner.run(scenario, replications: [0, 1, 2], seeds: seeds)
        let shared = runner.replications(of: scenario)
        let together = try shared.run(replications: [0, 1, 2], seeds: seeds)
        let oneByOne = try [2, 0, 1].flatMap { try shared.run(replications: [$0], seeds: seeds) }
        #expect(together == separate)
        #expect(oneByOne.sorted { $0.replication < $1.replication } == separate.sorted { $0.replication < $1.replication })
        #expect(Set(separate.map(\.seed)).count == 3)
    }

    @Test func theRunExecutorGivesTheRowsOfSeparateReplications() async throws {
        let scenario = try Self.scenario(overlap: 0)
        let runner = SimulationRunner(sourcePath: "share.yaml")
        let separate = try runner.run(scenario, replications: [0, 1, 2], seeds: ReplicationSeeds.run(seed: scenario.seed))
        for jobs in [1, 2] {
            let results = try await RunExecutor(scenario: scenario, runner: runner, jobs: jobs).run()
            #expect(results.map(\.summary) == separate)
        }
    }
}

import CloudModel
import SimKernel
import Testing
@testable import Scenario

/// `Scenario.topologyDependsOnSeed`: a topology that draws nothing is the same for every seed
/// and replication (so replications may share it); growth or overlap make it draw.
@Suite struct TopologySeedTests {
    /// What a topology is made of, written out to compare two.
    static func outline(_ topology: Topology) -> [String] {
        topology.vpcs.map { "\($0.vpc.name) \($0.vpc.cidrs) \($0.createdAt) \($0.reusesTakenBlock) \($0.zones)" }
            + topology.demands.map { "\($0.consumer)->\($0.service) \($0.ratePerSecond)" }
    }

    /// `extra` ends the fleet's mapping; `after` follows the traffic section.
    static func scenario(_ extra: String, after: String = "", seed: UInt64) throws -> Scenario {
        try #require(load("""
            seed: \(seed)
            regions: {us-east-1: {azs: 3}, eu-west-2: {azs: 2}}
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.64.0.0/16]}
            fleets:
              - {name: app, region: eu-west-2, count: 40, cidr_pool: 10.64.0.0/10, prefix: 16, azs: 2\(extra)}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 3/s}
            \(after)

            """))
    }

    @Test func aTopologyThatDrawsNothingIsTheSameForEverySeedAndReplication() throws {
        let one = try Self.scenario("", seed: 1), other = try Self.scenario("", seed: 99)
        #expect(!one.topologyDependsOnSeed)
        let reference = Self.outline(try one.topology(replication: 0))
        let later = Self.outline(try one.topology(replication: 3))
        let reseeded = Self.outline(try other.topology(replication: 1))
        #expect(later == reference)
        #expect(reseeded == reference)
    }

    @Test func overlapOrGrowthMakeItDraw() throws {
        let overlapping = try Self.scenario(", overlap: 0.5", seed: 1)
        #expect(overlapping.topologyDependsOnSeed)
        let first = Self.outline(try overlapping.topology(replication: 0))
        let second = Self.outline(try overlapping.topology(replication: 1))
        #expect(first != second)
        let growing = try Self.scenario("", after: "growth: {fleet: app, initial: 10, interarrival: \"exponential(mean=1d)\"}",
                                        seed: 1)
        #expect(growing.topologyDependsOnSeed)
        let early = Self.outline(try growing.topology(replication: 0))
        let late = Self.outline(try growing.topology(replication: 1))
        #expect(early != late)
    }
}

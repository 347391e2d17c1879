import Strategies
import CloudModel
import SimKernel
import Testing
@testable import Scenario

/// DESIGN.md's example scenario reads with the values it writes.
@Suite struct DesignExampleTests {
    let scenario = load(Fixtures.designExample, file: "design.yaml")

    @Test func topLevelValues() throws {
        let scenario = try #require(scenario)
        #expect(scenario.name == "seed-two-region")
        #expect(scenario.seed == 42)
        #expect(scenario.replications == 5)
        #expect(scenario.strategies == [.peeringMesh, .privateLinkHub, .transitGateway])
        #expect(scenario.duration.nanoseconds == 600_000_000_000)   // 10 min
        #expect(scenario.warmup.nanoseconds == 60_000_000_000)      // 1 min
    }

    @Test func regionsVPCsAndFleets() throws {
        let scenario = try #require(scenario)
        #expect(scenario.regions == [RegionSpec(name: "us-east-1", azs: 3), RegionSpec(name: "eu-west-2", azs: 3)])
        #expect(scenario.vpcs.count == 2)
        let a = try #require(scenario.vpc(named: "vpc-a"))
        #expect(a.region == "us-east-1")
        #expect(a.cidrs == [try CIDRBlock(parsing: "10.1.0.0/16")])
        #expect(a.routeTables == 1)
        #expect(a.azs == 3)
        let b = try #require(scenario.vpc(named: "vpc-b"))
        #expect(b.cidrs.map(\.description) == ["10.2.0.0/16"])
        let app = try #require(scenario.fleet(named: "app"))
        #expect(app.region == "eu-west-2")
        #expect(app.count == 40)
        #expect(app.cidrPool.description == "10.64.0.0/10")
        #expect(app.prefix == 16)
        #expect(app.routeTables == 4)
        #expect(app.azs == 2)
        #expect(app.overlap == 0)
    }

    @Test func servicesAndTraffic() throws {
        let scenario = try #require(scenario)
        let api = try #require(scenario.service(named: "api"))
        #expect(api.vpc == "vpc-a")
        #expect(api.port == 8080)
        #expect(api.instancesPerAZ == 2)
        #expect(api.concurrency == 32)
        // lognormal(median=4ms, p99=30ms): the median and the 99th percentile are the two given.
        #expect(abs(api.serviceTime.quantile(0.5) - 4e6) < 1)
        #expect(abs(api.serviceTime.quantile(0.99) - 30e6) < 10)
        #expect(scenario.traffic.count == 2)
        let first = scenario.traffic[0]
        #expect(first.from == .vpc("vpc-b"))
        #expect(first.to == "api")
        #expect(first.rate.perSecond == 200)
        #expect(first.requestSize.mean == 2048)     // 2 KiB
        #expect(first.responseSize.mean == 16_384)  // 16 KiB
        let second = scenario.traffic[1]
        #expect(second.from == .fleet("app"))
        #expect(second.rate.perSecond == 5)
        #expect(second.requestSize.mean == 1024)   // the default, 1 KiB
        #expect(second.responseSize.mean == 1024)
    }

    @Test func growthPeeringPrivateLink() throws {
        let scenario = try #require(scenario)
        let growth = try #require(scenario.growth)
        #expect(growth.fleet == "app")
        #expect(growth.initial == 10)
        #expect(growth.interarrival.mean == 2 * 86_400e9)  // exponential(mean=2d)
        #expect(growth.horizon == SimTime(nanoseconds: 365 * 86_400 * 1_000_000_000))
        #expect(scenario.options.peering.mesh == .full)
        guard case .after(let acceptance) = scenario.options.peering.acceptance else {
            Issue.record("peering acceptance should be a distribution")
            return
        }
        #expect(abs(acceptance.quantile(0.5) - 2 * 3_600e9) < 1e3)  // median 2h
        #expect(scenario.options.privateLink == PrivateLinkSettings(acceptance: .automatic, crossZone: false, crossRegion: true))
    }

    @Test func latencyQuotasFaults() throws {
        let scenario = try #require(scenario)
        let latency = scenario.latency
        #expect(abs((latency.sameAZ?.quantile(0.5) ?? 0) - 0.09e6) < 1)
        #expect(abs((latency.crossAZ?.quantile(0.99) ?? 0) - 3e6) < 1)
        // uniform(min=0.05ms, max=0.3ms) has mean 0.175 ms.
        #expect(abs((latency.hops["privatelink_hop"]?.mean ?? 0) - 0.175e6) < 1)
        #expect(latency.hops["tgw_hop"] != nil)
        #expect(latency.overrides.count == 1)
        let override = try #require(latency.override(from: "us-east-1", to: "eu-west-2"))
        #expect(abs((override.rtt?.quantile(0.9) ?? 0) - 83e6) < 10)
        #expect(latency.override(from: "eu-west-2", to: "us-east-1") == nil)
        #expect(scenario.faults == [FaultSpec.azOutage(at: SimTime(nanoseconds: 300_000_000_000),
                                                       region: "us-east-1", az: 1,
                                                       duration: SimTime(nanoseconds: 120_000_000_000))])
        #expect(scenario.faults.first?.detection == SimTime(nanoseconds: 60_000_000_000))  // 2 failed × 30 s NLB health checks
    }
}

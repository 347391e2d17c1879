import Strategies
import CloudModel
import SimKernel
import Testing
@testable import Scenario

/// Values a file leaves out take the documented defaults.
@Suite struct DefaultsTests {
    @Test func topLevelDefaults() throws {
        let scenario = try #require(load(Fixtures.minimal, file: "scenarios/minimal.yaml"))
        #expect(scenario.name == "minimal")                       // the file's base name
        #expect(scenario.seed == 1)
        #expect(scenario.replications == 5)
        // Every design that builds its own connectivity (as-is needs an estate: not by default).
        #expect(scenario.strategies == DesignRegistry.defaultStrategies)
        #expect(scenario.duration == SimTime(nanoseconds: 600_000_000_000))
        #expect(scenario.warmup == SimTime(nanoseconds: 60_000_000_000))  // a tenth
        #expect(scenario.growth == nil)
        #expect(scenario.options.peering == PeeringSettings(mesh: .full, acceptance: .manual))
        #expect(scenario.options.privateLink == PrivateLinkSettings(acceptance: .manual, crossZone: false, crossRegion: true))
        #expect(scenario.latency == LatencySettings())
        #expect(scenario.quotas == QuotaSet.maximum)
        #expect(scenario.quotas[.peeringsPerVPC] == .limited(125))     // AWS: adjustable up to 125
        #expect(scenario.faults.isEmpty)
        #expect(scenario.fleets.isEmpty)
    }

    @Test func warmupDefaultFollowsDuration() throws {
        let scenario = try #require(load(Fixtures.minimal + "\nduration: 30s\n"))
        #expect(scenario.warmup == SimTime(nanoseconds: 3_000_000_000))
    }

    @Test func undeclaredBuiltInRegionsJoinInOrderOfUse() throws {
        let scenario = try #require(load(Fixtures.minimal))
        #expect(scenario.regions == [RegionSpec(name: "us-east-1", azs: 3), RegionSpec(name: "eu-west-2", azs: 3)])
    }

    @Test func declaredRegionsComeFirstWithTheirAZs() throws {
        let scenario = try #require(load(Fixtures.minimal + "\nregions:\n  eu-west-2: {azs: 4}\n  us-west-2:\n"))
        #expect(scenario.regions.map(\.name) == ["eu-west-2", "us-west-2", "us-east-1"])
        #expect(scenario.region(named: "eu-west-2")?.azs == 4)
        #expect(scenario.region(named: "us-west-2")?.azs == 3)
        #expect(scenario.vpc(named: "b")?.azs == 4)                // all of its region's
    }

    @Test func sectionDefaults() throws {
        let text = """
            vpcs: [{name: a, region: us-east-1, cidrs: [10.1.0.0/16]}]
            fleets: [{name: f, region: us-east-1, count: 1, cidr_pool: 10.64.0.0/20}]
            services: [{name: s, vpc: a, port: 443, service_time: 1ms}]
            growth: {fleet: f, interarrival: 1h}
            """
        let scenario = try #require(load(text))
        let vpc = try #require(scenario.vpcs.first)
        #expect(vpc.routeTables == 1)
        #expect(vpc.azs == 3)
        let fleet = try #require(scenario.fleets.first)
        #expect(fleet.prefix == 20)            // the pool is smaller than a /16
        #expect(fleet.routeTables == 1)
        #expect(fleet.azs == 3)
        #expect(fleet.overlap == 0)
        let service = try #require(scenario.services.first)
        #expect(service.instancesPerAZ == 1)
        #expect(service.concurrency == 1)
        let growth = try #require(scenario.growth)
        #expect(growth.initial == 0)
        #expect(growth.horizon == nil)
    }

    @Test func emptySectionsReadAsEmpty() throws {
        let scenario = try #require(load(Fixtures.minimal + "\nfaults:\nfleets: []\npeering:\n"))
        #expect(scenario.faults.isEmpty)
        #expect(scenario.options.peering == PeeringSettings())
    }

    @Test func quotasPresetAndSingleValues() throws {
        let text = Fixtures.minimal
            + "\nquotas: {preset: aws-defaults, peerings_per_vpc: unlimited, routes_per_route_table: 50, peering_request_expiry: 2d}\n"
        let scenario = try #require(load(text))
        #expect(scenario.quotas.preset == .awsDefaults)
        #expect(scenario.quotas.overriddenKeys == [.peeringsPerVPC, .routesPerRouteTable, .peeringRequestExpiry])
        #expect(scenario.quotas[.peeringsPerVPC] == .unlimited)
        #expect(scenario.quotas[.routesPerRouteTable] == .limited(50))
        #expect(scenario.quotas[.peeringRequestExpiry] == .limited(172_800))   // 2 days in seconds
        #expect(scenario.quotas[.interfaceEndpointsPerVPC] == .limited(50))    // AWS default, 50 per VPC
    }
}

import CloudModel
import SimKernel
import Testing
@testable import Scenario

/// Expanding a scenario into one replication's concrete topology.
@Suite struct TopologyTests {
    static let text = """
        seed: 11
        regions:
          us-east-1: {azs: 3}
          eu-west-2: {azs: 2}
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [10.64.0.0/16, "2600:1f18::/56"], route_tables: 2}
        fleets:
          - {name: app, region: eu-west-2, count: 50, cidr_pool: 10.64.0.0/10, prefix: 16, azs: 2, overlap: 0.3}
          - {name: web, region: us-east-1, count: 4, cidr_pool: 10.64.0.0/10, prefix: 16, azs: 1}
        services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
        traffic:
          - {from: app, to: api, rate: 3/s}
          - {from: hub, to: api, rate: 1/s}
        growth: {fleet: app, initial: 10, interarrival: "exponential(mean=1d)", horizon: 20d}

        """

    @Test func fleetsExpandWithPoolsAndOverlap() throws {
        let scenario = try #require(load(Self.text))
        let topology = try scenario.topology(replication: 0)
        #expect(topology.regions.map(\.name) == ["us-east-1", "eu-west-2"])
        #expect(topology.regions[1].zones.map(\.description) == ["euw2-az1", "euw2-az2"])
        let hub = try #require(topology.vpcs.first)
        #expect(hub.vpc.name == "hub" && hub.vpc.routeTableCount == 2 && hub.zones == [0, 1, 2])
        let web = topology.vpcs.filter { $0.fleet == "web" }
        #expect(web.count == 4 && web.allSatisfy { $0.createdAt == .zero && $0.vpc.zones.count == 1 })
        // Fresh blocks skip the explicit VPC's 10.64.0.0/16 and each other's.
        let app = topology.vpcs.filter { $0.fleet == "app" }
        for entry in web + app where !entry.reusesTakenBlock {
            #expect(!entry.vpc.cidrs[0].overlaps(hub.vpc.cidrs[0]))
        }
        let webBlocks = web.map { $0.vpc.cidrs[0] }
        #expect(app.allSatisfy { !webBlocks.contains($0.vpc.cidrs[0]) })
        // A reused block is one the fleet handed out before; fresh ones are all distinct.
        let fresh = app.filter { !$0.reusesTakenBlock }.map { $0.vpc.cidrs[0] }
        #expect(Set(fresh).count == fresh.count)
        for (i, entry) in app.enumerated() where entry.reusesTakenBlock {
            #expect(app[..<i].contains { $0.vpc.cidrs[0] == entry.vpc.cidrs[0] })
        }
        #expect(app.contains { $0.reusesTakenBlock })
    }

    /// Initial VPCs at 0, then arrivals with exponential gaps until count or horizon; VPCs
    /// are in creation order, ids follow it.
    @Test func growthTimesAndOrder() throws {
        let scenario = try #require(load(Self.text))
        let topology = try scenario.topology(replication: 0)
        let app = topology.vpcs.filter { $0.fleet == "app" }
        #expect(app.prefix(10).allSatisfy { $0.createdAt == .zero })
        #expect(app.dropFirst(10).allSatisfy { $0.createdAt > .zero && $0.createdAt <= SimTime.seconds(20 * 86_400) })
        // ~20 arrivals expected in 20 days at one a day (10 + 20 < 50, so the horizon stops it).
        #expect((20...45).contains(app.count))
        #expect(zip(topology.vpcs, topology.vpcs.dropFirst()).allSatisfy { $0.createdAt <= $1.createdAt })
        for (i, entry) in topology.vpcs.enumerated() { #expect(entry.vpc.id == VPCID(UInt32(i))) }
        #expect(app.map(\.vpc.name) == (1...app.count).map { "app-\($0)" })
    }

    /// One demand per created VPC of a fleet entry, then the explicit entry; the service
    /// points at its VPC's index.
    @Test func demandsExpandPerFleetVPC() throws {
        let scenario = try #require(load(Self.text))
        let topology = try scenario.topology(replication: 0)
        let app = topology.vpcs.indices.filter { topology.vpcs[$0].fleet == "app" }
        #expect(topology.demands.count == app.count + 1)
        #expect(topology.demands.prefix(app.count).map(\.consumer) == app)
        #expect(topology.demands.prefix(app.count).allSatisfy { $0.ratePerSecond == 3 && $0.trafficEntry == 0 })
        #expect(topology.demands.last?.consumer == 0 && topology.demands.last?.trafficEntry == 1)
        #expect(topology.services[0].vpc == 0)
    }

    /// The same replication gives the same topology; another one draws differently.
    @Test func replicationsAreReproducible() throws {
        let scenario = try #require(load(Self.text))
        func fingerprint(_ r: Int) throws -> [String] {
            try scenario.topology(replication: r).vpcs.map { "\($0.vpc.name) \($0.vpc.cidrs) \($0.createdAt)" }
        }
        #expect(try fingerprint(1) == fingerprint(1))
        #expect(try fingerprint(1) != fingerprint(2))
    }

    /// Without growth every VPC exists at time 0.
    @Test func withoutGrowthEverythingExistsAtZero() throws {
        let scenario = try #require(load(Fixtures.designExample.replacingOccurrences(of: "growth:", with: "x_growth:")
            .components(separatedBy: "\n").filter { !$0.hasPrefix("x_growth") && !$0.hasPrefix("  fleet: app")
                && !$0.hasPrefix("  initial") && !$0.hasPrefix("  interarrival") && !$0.hasPrefix("  horizon") }
            .joined(separator: "\n")))
        let topology = try scenario.topology(replication: 0)
        #expect(topology.vpcs.count == 42)
        #expect(topology.vpcs.allSatisfy { $0.createdAt == .zero })
        #expect(topology.demands.count == 41)
    }
}

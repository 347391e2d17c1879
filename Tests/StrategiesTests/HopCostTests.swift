import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// The extra hops cost what the latency model says: strategies of one replication see the
/// same arrivals and base round trips (common random numbers), so their difference is the
/// hops alone, request by request.
@Suite struct HopCostTests {
    /// A consumer in eu-west-2 calling an instant service in us-east-1.
    static func crossRegion() throws -> Topology {
        var b = TopologyBuilder()
        let client = try b.region("eu-west-2", azs: 3)
        let server = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: client, zones: [0, 1, 2])
        let provider = try b.vpc(region: server, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100)
        return b.topology
    }

    @Test func privateLinkAndTransitGatewayAddTheirHopsToEveryRequest() throws {
        let topology = try Self.crossRegion()
        let settings = LatencySettings(hops: ["privatelink_hop": try delay("0.2ms"), "tgw_hop": try delay("0.07ms")])
        let peering = try runPlane(topology, .peeringMesh, latency: settings, duration: .seconds(300))
        let privateLink = try runPlane(topology, .privateLinkHub, latency: settings, duration: .seconds(300))
        let tgw = try runPlane(topology, .transitGateway, latency: settings, duration: .seconds(300))
        let base = try unwrap(peering.steady.first, "peering row")
        let pl = try unwrap(privateLink.steady.first, "PrivateLink row")
        let tg = try unwrap(tgw.steady.first, "TGW row")
        #expect(base.requests == pl.requests && base.requests == tg.requests)
        // Means are exact (not bucketed): one endpoint hop each way; two TGWs each way.
        #expect(abs((pl.meanMilliseconds ?? 0) - (base.meanMilliseconds ?? 0) - 0.4) < 1e-6)
        #expect(abs((tg.meanMilliseconds ?? 0) - (base.meanMilliseconds ?? 0) - 4 * 0.07) < 1e-6)
        // Medians, within the histogram's resolution at ~80 ms (3 digits: 64 µs buckets).
        let median = { (row: PairLatency) in row.quantileMilliseconds(0.5) ?? 0 }
        #expect(abs(median(pl) - median(base) - 0.4) < 0.15)
        #expect(abs(median(tg) - median(base) - 0.28) < 0.15)
    }

    @Test func builtInHopsAddTheirMeans() throws {
        let topology = try Self.crossRegion()
        let peering = try runPlane(topology, .peeringMesh, duration: .seconds(300))
        let privateLink = try runPlane(topology, .privateLinkHub, duration: .seconds(300))
        let tgw = try runPlane(topology, .transitGateway, duration: .seconds(300))
        let base = try unwrap(peering.steady.first?.meanMilliseconds, "peering mean")
        // Endpoint hop: uniform 0.025–0.15 ms each way, mean 0.175 ms per round trip; the
        // sum of two has sd 0.051 ms, so 30,000 requests pin the mean to ±0.002 ms (5 se).
        let pl = try unwrap(privateLink.steady.first?.meanMilliseconds, "PrivateLink mean")
        #expect(abs(pl - base - 0.175) < 0.002)
        // TGW: a constant 0.05 ms each way through each of two gateways.
        let tg = try unwrap(tgw.steady.first?.meanMilliseconds, "TGW mean")
        #expect(abs(tg - base - 0.2) < 1e-6)
    }

    /// One region, three AZs, one instance per AZ, clients in all three AZs; same-AZ round
    /// trip 0.1 ms, cross-AZ 1 ms, no hop cost.
    static func oneRegion() throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1, 2])
        let provider = try b.vpc(region: region, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100)
        return b.topology
    }

    /// The share of requests at the cross-AZ round trip (1 ms) rather than the same-AZ one.
    static func crossingShare(_ row: PairLatency) throws -> Double {
        let histogram = try unwrap(row.latency, "histogram")
        #expect(histogram.minimum >= .milliseconds(0.1))
        // Mean = 0.1 + share × 0.9 ms, exactly, since only those two values occur.
        return (try unwrap(histogram.meanMilliseconds, "mean") - 0.1) / 0.9
    }

    @Test func crossZoneBalancingAddsTheCrossAZDelayToTheShareThatCrosses() throws {
        let topology = try Self.oneRegion()
        let settings = try zeroLatency(sameAZ: "0.1ms", crossAZ: "1ms")
        // Zonal DNS, so that the client's leg to the endpoint never crosses and only the
        // NLB's choice can (with the Regional name the client's leg crosses too, 2/3 of
        // the time: ClientAZChoiceTests).
        let off = try runPlane(topology, .privateLinkHub, latency: settings,
                               privateLink: PrivateLinkSettings(dns: .zonal), duration: .seconds(600))
        let on = try runPlane(topology, .privateLinkHub, latency: settings,
                              privateLink: PrivateLinkSettings(crossZone: true, dns: .zonal), duration: .seconds(600))
        let peering = try runPlane(topology, .peeringMesh, latency: settings, duration: .seconds(600))
        // Cross-zone off: the NLB node in the client's AZ serves it from that AZ. Never crosses.
        #expect(try Self.crossingShare(try unwrap(off.steady.first, "off")) == 0)
        // Cross-zone on, and peering's client-side balancing: a uniform instance out of three
        // is in another AZ with probability 2/3.
        for results in [on, peering] {
            let row = try unwrap(results.steady.first, "row")
            let share = try Self.crossingShare(row)
            let tolerance = 5 * (2.0 / 9.0 / Double(row.requests)).squareRoot()
            #expect(abs(share - 2.0 / 3.0) < tolerance, "crossing share \(share)")
        }
    }

    @Test func privateLinkWithoutACommonAZHasNoRoute() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [1, 2])
        let service = try b.service(vpc: provider, serviceTime: "1ms")
        try b.demand(from: consumer, to: service, rate: 10)
        let results = try runPlane(b.topology, .privateLinkHub, duration: .seconds(100))
        #expect(results.generated > 800)
        #expect(results.failures(.unreachable(.noRoute)) == results.generated)
        // Peering reaches it across AZs.
        let peering = try runPlane(b.topology, .peeringMesh, duration: .seconds(100))
        #expect(peering.succeeded == peering.generated)
    }
}

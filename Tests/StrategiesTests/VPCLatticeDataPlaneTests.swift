import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// VPC Lattice's data plane: peering's instance choice plus the proxy once each way; no
/// way across Regions.
@Suite struct VPCLatticeDataPlaneTests {
    /// One Region, three AZs, an instant service with instances in every AZ.
    static func oneRegion() throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1, 2])
        let provider = try b.vpc(region: region, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100)
        return b.topology
    }

    /// Common random numbers: the same arrivals, AZs, instances and base round trips as
    /// peering, so the difference is the two hop delays, request by request.
    @Test func latencyIsPeeringsPlusTwoHops() throws {
        let topology = try Self.oneRegion()
        let settings = LatencySettings(hops: ["lattice_hop": try delay("0.3ms")])
        let peering = try unwrap(try runPlane(topology, .peeringMesh, latency: settings, duration: .seconds(300)).steady.first,
                                 "peering row")
        let lattice = try unwrap(try runPlane(topology, .vpcLattice, latency: settings, duration: .seconds(300)).steady.first,
                                 "lattice row")
        #expect(peering.requests == lattice.requests && lattice.errors == 0)
        #expect(abs((lattice.meanMilliseconds ?? 0) - (peering.meanMilliseconds ?? 0) - 0.6) < 1e-6)
    }

    /// With every network delay zero, a request takes exactly its two hops.
    @Test func zeroNetworkLeavesTheHopsAlone() throws {
        let settings = LatencySettings(sameAZ: try delay("0ms"), crossAZ: try delay("0ms"),
                                       hops: ["lattice_hop": try delay("0.25ms")])
        let row = try unwrap(try runPlane(try Self.oneRegion(), .vpcLattice, latency: settings,
                                          duration: .seconds(60)).steady.first, "lattice row")
        #expect(abs((row.meanMilliseconds ?? 0) - 0.5) < 1e-6)
    }

    /// The built-in hop: uniform 0.1–0.5 ms each way, mean 0.6 ms per round trip; the sum of
    /// two has sd 0.163 ms, so 30,000 requests pin the mean to ±0.005 ms (5 se).
    @Test func builtInHopAddsItsMean() throws {
        let topology = try Self.oneRegion()
        let base = try unwrap(try runPlane(topology, .peeringMesh, duration: .seconds(300)).steady.first?.meanMilliseconds,
                              "peering mean")
        let lattice = try unwrap(try runPlane(topology, .vpcLattice, duration: .seconds(300)).steady.first?.meanMilliseconds,
                                 "lattice mean")
        #expect(abs(lattice - base - 0.6) < 0.005)
        let hop = VPCLatticeStrategy.proxyHopDefinition.defaultDelay
        #expect(abs((hop.mean ?? 0) * 2 - 0.6e6) < 1)
    }

    /// Across Regions there is no path, even when the control plane is bypassed.
    @Test func crossRegionRequestsHaveNoRoute() throws {
        let topology = try HopCostTests.crossRegion()
        let results = try runPlane(topology, .vpcLattice, duration: .seconds(30))
        #expect(results.succeeded == 0 && results.failed > 0)
        let noRoute = RequestFailure.unreachable(.noRoute).code
        #expect(results.failuresByReason[noRoute] == results.failed)
    }
}

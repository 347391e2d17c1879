import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// With no load and instant service, what the data plane measures is the latency model
/// itself: the bundled CloudPing percentiles must come back out of a full run.
@Suite struct RoundTripTests {
    /// Pairs with a small, a typical and the largest relative spread of the bundled data.
    static let pairs: [(String, String)] = [
        ("eu-west-2", "us-east-1"), ("ap-southeast-2", "eu-west-1"), ("us-east-1", "us-east-2"),
    ]

    @Test(arguments: pairs)
    func crossRegionPercentilesMatchTheBundledData(from: String, to: String) throws {
        var b = TopologyBuilder()
        let client = try b.region(from, azs: 2)
        let server = try b.region(to, azs: 2)
        let consumer = try b.vpc(region: client, zones: [0, 1])
        let provider = try b.vpc(region: server, zones: [0, 1])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 10_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 200)
        let results = try runPlane(b.topology, .peeringMesh, duration: .seconds(1_000))
        let row = try unwrap(results.steady.first, "row")
        let measured = try unwrap(BundledRoundTrips.measurement(from: from, to: to), "measurement")
        #expect(row.requests > 190_000)
        #expect(row.errors == 0)
        let p50 = try unwrap(row.quantileMilliseconds(0.5), "p50")
        let p90 = try unwrap(row.quantileMilliseconds(0.9), "p90")
        #expect(abs(p50 / measured.p50.milliseconds - 1) < 0.02, "p50 \(p50) vs \(measured.p50)")
        #expect(abs(p90 / measured.p90.milliseconds - 1) < 0.02, "p90 \(p90) vs \(measured.p90)")
        // Nothing is ever faster than the floor 2·p50 − p90.
        let floor = 2 * measured.p50.milliseconds - measured.p90.milliseconds
        #expect(try unwrap(row.latency, "histogram").minimum.milliseconds >= floor - 1e-6)
    }
}

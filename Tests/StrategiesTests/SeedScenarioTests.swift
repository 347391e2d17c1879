import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// The seed scenario (scenarios/two-region.yaml): a client in eu-west-2 calling a service in
/// us-east-1. Under each strategy the median round trip is close to the measured
/// eu-west-2 → us-east-1 median plus the service time.
@Suite struct SeedScenarioTests {
    /// VPC Lattice is Regional and has no way to this pair (VPCLatticeDataPlaneTests).
    @Test(arguments: StrategyKind.allCases.filter { $0 != .vpcLattice })
    func medianIsTheMeasuredRoundTripPlusServiceTime(strategy: StrategyKind) throws {
        var b = TopologyBuilder()
        let east = try b.region("us-east-1", azs: 3)
        let london = try b.region("eu-west-2", azs: 3)
        let provider = try b.vpc(region: east, zones: [0, 1, 2])
        let consumer = try b.vpc(region: london, zones: [0, 1, 2])
        let api = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 32,
                                serviceTime: "lognormal(median=4ms, p99=30ms)")
        try b.demand(from: consumer, to: api, rate: 200, requestSize: "2KiB", responseSize: "16KiB")
        let results = try runPlane(b.topology, strategy, duration: .seconds(300), warmup: .seconds(30))
        let row = try unwrap(results.steady.first, "row")
        #expect(row.fromRegion == "eu-west-2" && row.toRegion == "us-east-1")
        #expect(row.errors == 0)
        let measured = try unwrap(BundledRoundTrips.measurement(from: "eu-west-2", to: "us-east-1"), "measurement")
        let expected = measured.p50.milliseconds + 4          // 77.51 + 4 ms
        let median = try unwrap(row.quantileMilliseconds(0.5), "median")
        // The median of a sum is not the sum of medians, and hops add up to 0.2 ms: 3 %.
        #expect(abs(median / expected - 1) < 0.03, "\(strategy.rawValue): median \(median) ms vs \(expected) ms")
    }
}

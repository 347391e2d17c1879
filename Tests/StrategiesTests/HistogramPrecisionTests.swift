import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// The data plane's per-pair percentiles are within 0.1 % of the exact ones however many
/// histograms a run holds. Before, a run of more than 64 histograms switched them all to two
/// significant digits and reported each quantile as its bucket's top: up to 1 % high.
@Suite struct HistogramPrecisionTests {
    /// A data plane of one consumer VPC calling `services` services (2 × services histograms:
    /// one per result key and window).
    private func plane(services: Int) throws -> DataPlane {
        var b = TopologyBuilder()
        let east = try b.region("us-east-1", azs: 1)
        let consumer = try b.vpc(region: east, zones: [0])
        for _ in 0..<services {
            let provider = try b.vpc(region: east, zones: [0])
            let service = try b.service(vpc: provider, serviceTime: "4ms")
            try b.demand(from: consumer, to: service, rate: 1)
        }
        return try DataPlane(topology: b.topology, strategy: .peeringMesh,
                             latency: LatencyModel(regions: ["us-east-1"]), seed: 1, replication: 0,
                             duration: .seconds(10), warmup: .zero)
    }

    /// 64 histograms was the old limit: 2 services (4 histograms) and 40 services (80).
    @Test(arguments: [2, 40])
    func percentilesWithinATenthOfAPercentAtAnyScenarioSize(services: Int) throws {
        var plane = try plane(services: services)
        #expect(plane.layout.keys.count == services)
        #expect(plane.statistics.configuration == .standard)
        // Round trips of a cross-region pair with queueing: 70 ms + lognormal(median 3 ms,
        // p99 40 ms), 300,000 of them, recorded through the data plane's own statistics.
        let d = try DistributionSpec.parse("lognormal(median=3ms, p99=40ms)", kind: .duration)
        let stream = RandomStream(runSeed: 11, purpose: "precision")
        var values: [SimTime] = []
        for _ in 0..<300_000 {
            let v = SimTime.milliseconds(70) + d.sampleTime(stream)
            values.append(v)
            plane.statistics.success(key: services - 1, window: 0, latency: v, measured: true)
        }
        let row = plane.statistics.row(key: services - 1, window: 0, from: "us-east-1", to: "us-east-1", service: "s")
        let sorted = values.sorted()
        for permille in [500, 900, 990, 999] {
            let exact = sorted[sorted.count * permille / 1000 - 1].milliseconds   // rank ceil(p n), p n whole
            let got = try #require(row.quantileMilliseconds(Double(permille) / 1000))
            #expect(abs(got - exact) <= exact * 0.001, "\(services) services, p=\(permille)‰: \(got) vs \(exact) ms")
        }
    }
}

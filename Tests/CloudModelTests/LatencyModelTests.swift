import SimKernel
import Testing
@testable import CloudModel
#if canImport(Glibc)
import Glibc
#endif

/// The bundled round trips, their fit, the intra-Region defaults and the model's precedence.
@Suite struct LatencyModelTests {
    @Test func everyDirectedPairOfTheBuiltInRegionsOnce() {
        let names = BuiltInRegions.names
        #expect(BundledRoundTrips.all.count == names.count * (names.count - 1))     // 132
        for from in names {
            for to in names where from != to {
                #expect(BundledRoundTrips.all.filter { $0.from == from && $0.to == to }.count == 1, "\(from) → \(to)")
            }
        }
        #expect(BundledRoundTrips.measurement(from: "us-east-1", to: "us-east-1") == nil)
    }

    @Test func bundledFiguresHaveTheShapeAWSFactsReports() throws {
        // aws-facts.md §5.3, computed from the source JSON: p90/p50 median 1.031 (range
        // 1.008–1.277); p90 − p50 median 3.8 ms (range 1.9–14.2 ms).
        let ratios = BundledRoundTrips.all.map { $0.p90.milliseconds / $0.p50.milliseconds }.sorted()
        let spreads = BundledRoundTrips.all.map { $0.p90.milliseconds - $0.p50.milliseconds }.sorted()
        let median = { (xs: [Double]) in (xs[xs.count / 2 - 1] + xs[xs.count / 2]) / 2 }
        #expect(abs(median(ratios) - 1.031) < 0.001)
        #expect(abs(ratios[0] - 1.008) < 0.001 && abs(ratios[ratios.count - 1] - 1.277) < 0.001)
        #expect(abs(median(spreads) - 3.8) < 0.05)
        #expect(abs(spreads[0] - 1.9) < 0.05 && abs(spreads[spreads.count - 1] - 14.2) < 0.05)
        // Two rows quoted in aws-facts and the design: us-east-1 → eu-west-2 and back.
        let out = try #require(BundledRoundTrips.measurement(from: "us-east-1", to: "eu-west-2"))
        #expect(out.p50 == .milliseconds(77.96) && out.p90 == .milliseconds(83.03))
        let back = try #require(BundledRoundTrips.measurement(from: "eu-west-2", to: "us-east-1"))
        #expect(back.p50 == .milliseconds(77.51) && back.p90 == .milliseconds(80.41))
    }

    @Test func fitPassesThroughBothPercentilesOfEveryPair() {
        for pair in BundledRoundTrips.all {
            let fit = pair.fitted
            let spread = pair.p90.nanoseconds - pair.p50.nanoseconds
            #expect(fit.floor.nanoseconds == pair.p50.nanoseconds - spread)
            #expect(abs(fit.quantile(0.5) - Double(pair.p50.nanoseconds)) < 1, "\(pair.from) → \(pair.to)")
            #expect(abs(fit.quantile(0.9) - Double(pair.p90.nanoseconds)) < 1, "\(pair.from) → \(pair.to)")
        }
        // σ = ln 2 / z(0.9), the same for every pair.
        #expect(abs(DelayDistribution.fittedSigma - log(2) / 1.2815515655446004) < 1e-12)
    }

    @Test func fitKeepsAPositiveFloorAndDegeneratesGracefully() {
        // p90 ≥ 2 p50: the floor would be negative; it becomes a plain lognormal.
        let wide = DelayDistribution.fitted(p50: .milliseconds(10), p90: .milliseconds(30))
        #expect(wide.floor == .zero)
        #expect(abs(wide.quantile(0.5) - 10e6) < 1 && abs(wide.quantile(0.9) - 30e6) < 1)
        // No spread: a constant.
        let flat = DelayDistribution.fitted(p50: .milliseconds(10), p90: .milliseconds(10))
        #expect(flat.quantile(0.01) == 10e6 && flat.quantile(0.99) == 10e6)
    }

    @Test func samplesReproduceTheFit() throws {
        let fit = try #require(BundledRoundTrips.measurement(from: "ap-southeast-2", to: "eu-west-1")).fitted
        let stream = RandomStream(runSeed: 5, purpose: "latency-fit")
        let n = 200_000
        var draws = (0..<n).map { _ in Double(fit.sample(stream).nanoseconds) }
        draws.sort()
        // Empirical quantiles within 5 binomial standard deviations of rank.
        for p in [0.5, 0.9] {
            let slack = Int(5 * (p * (1 - p) * Double(n)).squareRoot())
            let target = fit.quantile(p)
            #expect(draws[Int(p * Double(n)) - slack] <= target && target <= draws[Int(p * Double(n)) + slack])
        }
        #expect(draws[0] >= Double(fit.floor.nanoseconds))
    }

    @Test func intraRegionDefaultsMatchTheirSources() {
        // Same AZ: median 0.090 ms (the run's average), 99th percentile 0.163 ms (its max).
        #expect(abs(LatencyDefaults.sameAZ.quantile(0.5) - 0.090e6) < 1)
        #expect(abs(LatencyDefaults.sameAZ.quantile(0.99) - 0.163e6) < 1)
        #expect(LatencyDefaults.sameAZ.floor == .milliseconds(0.07))
        // Cross-AZ: median 1.2 ms, 99th percentile 3.4 ms, never below 0.25 ms.
        #expect(abs(LatencyDefaults.crossAZ.quantile(0.5) - 1.2e6) < 1)
        #expect(abs(LatencyDefaults.crossAZ.quantile(0.99) - 3.4e6) < 1)
        #expect(LatencyDefaults.crossAZ.floor == .milliseconds(0.25))
        #expect(LatencyDefaults.forwardShare == 0.5)
    }

    @Test func modelPrecedencePairThenSectionThenBuiltIn() throws {
        let tenMs = try DistributionSpec.parse("10ms", kind: .duration)
        let settings = LatencySettings(
            crossAZ: try DistributionSpec.parse("2ms", kind: .duration),
            overrides: [LatencyOverride(from: "us-east-1", to: "eu-west-2", rtt: DelayDistribution(body: tenMs)),
                        LatencyOverride(from: "eu-west-2", to: "eu-west-2",
                                        crossAZ: try DistributionSpec.parse("3ms", kind: .duration))])
        let model = LatencyModel(regions: ["us-east-1", "eu-west-2", "xx-north-1"], settings: settings)
        #expect(model.path(from: 0, to: 1).rtt?.quantile(0.5) == 10e6)
        #expect(model.path(from: 0, to: 1).rttSource == .scenario)
        let measured = try #require(BundledRoundTrips.measurement(from: "eu-west-2", to: "us-east-1"))
        #expect(model.path(from: 1, to: 0).rtt == measured.fitted)
        #expect(model.path(from: 1, to: 0).rttSource == .measured)
        #expect(model.path(from: 0, to: 0).crossAZ.mean == 2e6)        // section-wide
        #expect(model.path(from: 1, to: 1).crossAZ.mean == 3e6)        // the region's own
        #expect(model.path(from: 0, to: 0).sameAZ == LatencyDefaults.sameAZ)
        #expect(model.path(from: 0, to: 0).rtt == nil)
        // The declared region has no data with anyone.
        let missing = model.missingPairs.map { "\($0.from)>\($0.to)" }
        #expect(missing == ["us-east-1>xx-north-1", "eu-west-2>xx-north-1", "xx-north-1>us-east-1", "xx-north-1>eu-west-2"])
    }
}

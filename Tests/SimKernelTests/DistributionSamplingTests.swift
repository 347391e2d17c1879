import Testing
@testable import SimKernel
#if canImport(Glibc)
import Glibc
#endif

/// Each family's draws, closed-form mean and quantiles against textbook formulas computed
/// here independently (libm, not GSL), with tolerances derived from the sample size.
@Suite struct DistributionSamplingTests {
    typealias C = StatisticalChecks
    let n = 200_000
    let ms = 1e6

    private func spec(_ text: String, _ kind: QuantityKind = .duration) throws -> DistributionSpec {
        try DistributionSpec.parse(text, kind: kind)
    }

    @Test func constant() throws {
        let d = try spec("5ms")
        #expect(d == (try spec("constant(value=5ms)")))
        #expect(d.mean == 5e6)
        #expect(d.quantile(0.3) == 5e6)
        #expect(C.draws(d, n: 1_000, purpose: "constant").allSatisfy { $0 == 5e6 })
    }

    @Test func uniform() throws {
        let d = try spec("uniform(min=2ms, max=6ms)")
        let draws = C.draws(d, n: n, purpose: "uniform")
        #expect(draws.allSatisfy { $0 >= 2 * ms && $0 <= 6 * ms })
        C.expectClose(d.mean, 4 * ms)
        C.expectMean(draws, mean: 4 * ms, sd: 4 * ms / 12.0.squareRoot())
        for p in [0.1, 0.5, 0.9] {
            C.expectClose(d.quantile(p), 2 * ms + p * 4 * ms)
            C.expectCDF(draws, at: 2 * ms + p * 4 * ms, is: p)
        }
    }

    @Test func exponentialTakesTheMean() throws {
        let d = try spec("exponential(mean=250ms)")
        let mean = 250 * ms
        let draws = C.draws(d, n: n, purpose: "exponential")
        C.expectClose(d.mean, mean)
        C.expectMean(draws, mean: mean, sd: mean)
        for p in [0.5, 0.99] {
            let q = -mean * log(1 - p)
            C.expectClose(d.quantile(p), q)
            C.expectCDF(draws, at: q, is: p)
        }
    }

    @Test func normal() throws {
        let d = try spec("normal(mean=10ms, sd=2ms)")
        let draws = C.draws(d, n: n, purpose: "normal")
        C.expectClose(d.mean, 10 * ms)
        C.expectMean(draws, mean: 10 * ms, sd: 2 * ms)
        // z quantiles from printed tables: z(0.9) = 1.2815515655446004, z(0.99) = 2.3263478740408408.
        for (p, z) in [(0.5, 0.0), (0.9, 1.2815515655446004), (0.99, 2.3263478740408408)] {
            C.expectClose(d.quantile(p), 10 * ms + z * 2 * ms)
            C.expectCDF(draws, at: 10 * ms + z * 2 * ms, is: p)
        }
    }

    /// P(X <= x | X >= 0) for a normal(mean, sd), from erfc.
    private func truncatedCDF(_ x: Double, mean: Double, sd: Double) -> Double {
        // Upper tails Q(z) = Phi(-z), so nothing cancels when the mean is far below zero.
        let upperAtZero = C.normalCDF(mean / sd)
        return (upperAtZero - C.normalCDF(-(x - mean) / sd)) / upperAtZero
    }

    @Test(arguments: [
        // A duration: the mean is at or above zero, drawn by rejection.
        ("normal(mean=1ms, sd=2ms, truncate=zero)", QuantityKind.duration, 1e6, 2e6),
        // A plain number with most mass below zero, drawn by inverting the upper tail.
        ("normal(mean=-1, sd=1, truncate=zero)", .number, -1.0, 1.0),
        ("normal(mean=-6, sd=1, truncate=zero)", .number, -6.0, 1.0),
    ])
    func truncatedNormalIsNeverNegative(text: String, kind: QuantityKind, mean: Double, sd: Double) throws {
        let d = try spec(text, kind)
        let draws = C.draws(d, n: n, purpose: text)
        #expect(draws.allSatisfy { $0 >= 0 })
        // E[X | X >= 0] = mean + sd * phi(alpha) / (1 - Phi(alpha)), alpha = -mean / sd.
        let alpha = -mean / sd
        let lambda = C.normalPDF(alpha) / C.normalCDF(-alpha)
        let expectedMean = mean + sd * lambda
        C.expectClose(d.mean, expectedMean, relative: 1e-6)
        // Truncation only shrinks the spread, so sd bounds the truncated one (conservative).
        C.expectMean(draws, mean: expectedMean, sd: sd)
        for p in [0.25, 0.5, 0.9] {
            let q = d.quantile(p)
            C.expectClose(truncatedCDF(q, mean: mean, sd: sd), p, relative: 1e-6)
            C.expectCDF(draws, at: q, is: p)
        }
    }

    @Test(arguments: [("lognormal(median=4ms, p99=30ms)", 0.99, 30.0, 2.3263478740408408),
                      ("lognormal(median=0.09ms, p90=0.2ms)", 0.9, 0.2, 1.2815515655446004)])
    func lognormalThroughTwoQuantiles(text: String, p: Double, upperMs: Double, z: Double) throws {
        let d = try spec(text)
        let median = d.quantile(0.5)
        C.expectClose(d.quantile(p), upperMs * ms, relative: 1e-9)
        let mu = log(median)
        let sigma = (log(upperMs * ms) - mu) / z
        let mean = exp(mu + sigma * sigma / 2)
        let sd = mean * (exp(sigma * sigma) - 1).squareRoot()
        C.expectClose(d.mean, mean, relative: 1e-9)
        let draws = C.draws(d, n: n, purpose: text)
        C.expectMean(draws, mean: mean, sd: sd)
        C.expectCDF(draws, at: median, is: 0.5)
        C.expectCDF(draws, at: upperMs * ms, is: p)
    }

    @Test func lognormalMedianIsExactlyTheMedianWritten() throws {
        C.expectClose(try spec("lognormal(median=4ms, p99=30ms)").quantile(0.5), 4 * ms, relative: 1e-12)
    }

    @Test func lognormalByMuSigmaAndUnit() throws {
        let d = try spec("lognormal(mu=1.386, sigma=0.5, unit=ms)")
        // The median is exp(mu) in the unit written: exp(1.386) ms.
        let median = exp(1.386) * ms
        C.expectClose(d.quantile(0.5), median, relative: 1e-12)
        let mean = median * exp(0.125)
        C.expectClose(d.mean, mean, relative: 1e-12)
        let draws = C.draws(d, n: n, purpose: "lognormal-mu")
        C.expectMean(draws, mean: mean, sd: mean * (exp(0.25) - 1).squareRoot())
        C.expectCDF(draws, at: median, is: 0.5)
        // The same distribution written in seconds: mu shifts by log(1000).
        let inSeconds = try spec("lognormal(mu=\(1.386 - log(1000.0)), sigma=0.5, unit=s)")
        C.expectClose(inSeconds.quantile(0.5), median, relative: 1e-9)
    }

    @Test func gammaShapeAndScale() throws {
        // Shape 2: F(x) = 1 - exp(-x/θ)(1 + x/θ), an independent check of the quantile.
        let d = try spec("gamma(shape=2, scale=3ms)")
        let theta = 3 * ms
        C.expectClose(d.mean, 6 * ms)
        let draws = C.draws(d, n: n, purpose: "gamma")
        C.expectMean(draws, mean: 6 * ms, sd: 2.0.squareRoot() * theta)
        for p in [0.5, 0.95] {
            let q = d.quantile(p)
            C.expectClose(1 - exp(-q / theta) * (1 + q / theta), p, relative: 1e-9)
            C.expectCDF(draws, at: q, is: p)
        }
        let fractional = try spec("gamma(shape=0.5, scale=1ms)")
        C.expectMean(C.draws(fractional, n: n, purpose: "gamma-0.5"), mean: 0.5 * ms, sd: 0.5.squareRoot() * ms)
    }

    @Test func weibullShapeAndScaleInTheRightOrder() throws {
        let (k, lambda) = (1.5, 3 * ms)
        let d = try spec("weibull(shape=1.5, scale=3ms)")
        let g1 = tgamma(1 + 1 / k), g2 = tgamma(1 + 2 / k)
        C.expectClose(d.mean, lambda * g1)
        let draws = C.draws(d, n: n, purpose: "weibull")
        C.expectMean(draws, mean: lambda * g1, sd: lambda * (g2 - g1 * g1).squareRoot())
        for p in [0.5, 0.9] {
            let q = lambda * pow(-log(1 - p), 1 / k)
            C.expectClose(d.quantile(p), q)
            C.expectCDF(draws, at: q, is: p)
        }
    }

    @Test func paretoShapeAndMinimumInTheRightOrder() throws {
        let (a, xm) = (3.0, 1 * ms)
        let d = try spec("pareto(shape=3, min=1ms)")
        C.expectClose(d.mean, a * xm / (a - 1))
        let draws = C.draws(d, n: n, purpose: "pareto")
        #expect(draws.allSatisfy { $0 >= xm })
        C.expectMean(draws, mean: a * xm / (a - 1), sd: xm * (a / ((a - 1) * (a - 1) * (a - 2))).squareRoot())
        for p in [0.5, 0.99] {
            let q = xm * pow(1 - p, -1 / a)
            C.expectClose(d.quantile(p), q)
            C.expectCDF(draws, at: q, is: p)
        }
        #expect(try spec("pareto(shape=1, min=1ms)").mean == nil)
        #expect(try spec("pareto(shape=2, min=1ms)").variance == nil)
    }

    @Test func sampleTimeRoundsAndClamps() throws {
        let normal = try spec("normal(mean=0ms, sd=1ms)")
        let stream = RandomStream(runSeed: 1, purpose: "sampleTime")
        var zeros = 0
        for _ in 0..<10_000 {
            let t = normal.sampleTime(stream)
            #expect(t.nanoseconds >= 0)
            if t == .zero { zeros += 1 }
        }
        // Half the draws are negative and become 0: 5000 ± 5 * 50.
        #expect(abs(zeros - 5_000) <= 250)
        let heavy = try spec("pareto(shape=0.05, min=1d)")
        var clamped = 0
        for _ in 0..<1_000 {
            let t = heavy.sampleTime(stream)
            #expect(t >= SimTime(nanoseconds: 86_400_000_000_000) && t <= DistributionSpec.maximumSampledTime)
            if t == DistributionSpec.maximumSampledTime { clamped += 1 }
        }
        // P(X > 2^62 ns) = (86400e9 / 2^62)^0.05 ≈ 0.58.
        #expect(clamped > 400 && clamped < 760)
        #expect(try spec("1.5ms").sampleTime(stream) == SimTime(nanoseconds: 1_500_000))
    }

    @Test func sizesAndRatesUseTheirBaseUnits() throws {
        let size = try spec("uniform(min=1KiB, max=3KiB)", .size)
        C.expectClose(size.mean, 2048)
        let rate = try spec("exponential(mean=6/m)", .rate)
        C.expectClose(rate.mean, 0.1)
        let logRate = try spec("lognormal(mu=0, sigma=1, unit=/m)", .rate)
        C.expectClose(logRate.quantile(0.5), 1.0 / 60, relative: 1e-12)
        let logSize = try spec("lognormal(mu=0, sigma=1, unit=KiB)", .size)
        C.expectClose(logSize.quantile(0.5), 1024, relative: 1e-12)
    }
}

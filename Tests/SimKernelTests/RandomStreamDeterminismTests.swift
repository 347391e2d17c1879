import Testing
@testable import SimKernel

/// Same seed and purpose give the same draws; different purposes give unrelated streams.
@Suite struct RandomStreamDeterminismTests {
    @Test(arguments: ["exponential(mean=250ms)", "lognormal(median=4ms, p99=30ms)", "normal(mean=1ms, sd=2ms, truncate=zero)",
                      "gamma(shape=2.5, scale=1ms)", "weibull(shape=1.5, scale=3ms)", "pareto(shape=3, min=1ms)",
                      "uniform(min=1ms, max=2ms)"])
    func sameSeedSameDraws(text: String) throws {
        let d = try DistributionSpec.parse(text, kind: .duration)
        let a = StatisticalChecks.draws(d, n: 1_000, purpose: "arrivals", seed: 42)
        let b = StatisticalChecks.draws(d, n: 1_000, purpose: "arrivals", seed: 42)
        #expect(a == b)
        let c = StatisticalChecks.draws(d, n: 1_000, purpose: "arrivals", seed: 43)
        #expect(a != c)
    }

    @Test func differentPurposesAreUncorrelated() {
        let n = 100_000
        let pairs = [("arrivals vpc 1", "arrivals vpc 2"), ("service api", "service web"), ("a", "b")]
        for (first, second) in pairs {
            let x = RandomStream(runSeed: 7, purpose: first)
            let y = RandomStream(runSeed: 7, purpose: second)
            var xs: [Double] = [], ys: [Double] = []
            for _ in 0..<n { xs.append(x.uniform()); ys.append(y.uniform()) }
            #expect(xs != ys)
            // The sample correlation of independent streams is about N(0, 1/n): within 5/sqrt(n).
            #expect(abs(correlation(xs, ys)) <= 5 / Double(n).squareRoot(), "\(first) vs \(second)")
        }
        // Neighbouring indices of one purpose, too.
        let p = RandomStream(runSeed: 7, purpose: "vpc", index: 16)
        let q = RandomStream(runSeed: 7, purpose: "vpc", index: 17)
        var ps: [Double] = [], qs: [Double] = []
        for _ in 0..<n { ps.append(p.uniform()); qs.append(q.uniform()) }
        #expect(abs(correlation(ps, qs)) <= 5 / Double(n).squareRoot())
    }

    private func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
            syy += (y[i] - my) * (y[i] - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}

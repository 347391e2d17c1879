import Testing
@testable import SimKernel

@Suite struct ConfidenceIntervalTests {
    /// 1, 2, ..., 10: mean 5.5, s^2 = 55/6, t(0.975, 9) = 2.262157 from printed tables.
    @Test func handComputedTInterval() throws {
        let ci = try #require(ConfidenceInterval((1...10).map(Double.init)))
        let half = 2.262157 * (55.0 / 6).squareRoot() / 10.0.squareRoot()
        #expect(ci.mean == 5.5)
        #expect(abs(ci.halfWidth - half) <= 1e-6 * half)
        #expect(abs(ci.lower - (5.5 - half)) <= 1e-6 && abs(ci.upper - (5.5 + half)) <= 1e-6)
        #expect(ci.count == 10 && ci.level == 0.95)
        #expect(abs(ConfidenceInterval.tQuantile(0.975, degreesOfFreedom: 9) - 2.262157) <= 5e-7)
        // Table values for other degrees of freedom: t(0.975, 1) = 12.7062, t(0.975, 30) = 2.0423.
        #expect(abs(ConfidenceInterval.tQuantile(0.975, degreesOfFreedom: 1) - 12.7062) <= 1e-4)
        #expect(abs(ConfidenceInterval.tQuantile(0.975, degreesOfFreedom: 30) - 2.0423) <= 1e-4)
    }

    @Test func fewerThanTwoValuesGiveNoInterval() {
        #expect(ConfidenceInterval([Double]()) == nil)
        #expect(ConfidenceInterval([4.2]) == nil)
        #expect(ConfidenceInterval([1, 2], level: 1) == nil)
    }

    @Test func equalValuesGiveAZeroWidthInterval() throws {
        let ci = try #require(ConfidenceInterval([3, 3, 3]))
        #expect(ci.halfWidth == 0 && ci.mean == 3)
    }

    /// Coverage: about 95 % of intervals from normal samples contain the true mean.
    @Test func coverageIsNominal() throws {
        let d = try DistributionSpec.parse("normal(mean=10, sd=3)", kind: .number)
        let stream = RandomStream(runSeed: 9, purpose: "coverage")
        let trials = 4_000
        var covered = 0
        for _ in 0..<trials {
            let ci = try #require(ConfidenceInterval((0..<5).map { _ in d.sample(stream) }))
            if ci.lower <= 10 && 10 <= ci.upper { covered += 1 }
        }
        let share = Double(covered) / Double(trials)
        #expect(abs(share - 0.95) <= 5 * (0.95 * 0.05 / Double(trials)).squareRoot(), "coverage \(share)")
    }
}

import Testing
@testable import SimKernel

@Suite struct RunningMomentsTests {
    @Test func knownData() throws {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32.
        let m = RunningMoments([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(m.count == 8)
        #expect(m.mean == 5)
        #expect(m.populationVariance == 4)
        #expect(abs(try #require(m.variance) - 32.0 / 7) < 1e-12)
        #expect(m.min == 2 && m.max == 9)
        #expect(RunningMoments([3]).variance == nil)
        #expect(RunningMoments().count == 0)
    }

    /// Welford against the two-pass formula on data whose mean dwarfs its spread, where the
    /// one-pass sum-of-squares formula would lose every digit.
    @Test func matchesTwoPassOnLargeOffsets() throws {
        var values: [Double] = []
        var x: UInt64 = 3
        for _ in 0..<10_000 {
            x = StreamSeed.splitmix64(x)
            values.append(1e9 + Double(x % 1000) / 100)
        }
        // Reference: subtract the offset first (exact for doubles this close), then two passes.
        let mean = 1e9 + values.reduce(0) { $0 + ($1 - 1e9) } / Double(values.count)
        let twoPass = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        let m = RunningMoments(values)
        // Each update rounds at ulp(1e9) ≈ 1.2e-7; 10^4 of them drift by well under 1e-4.
        #expect(abs(m.mean - mean) <= 1e-4)
        #expect(abs(try #require(m.variance) - twoPass) <= 1e-6 * twoPass)
    }

    @Test func mergeEqualsOnePass() throws {
        var values: [Double] = []
        var x: UInt64 = 11
        for _ in 0..<1_000 {
            x = StreamSeed.splitmix64(x)
            values.append(Double(x % 100_000) / 7)
        }
        let whole = RunningMoments(values)
        for split in [0, 1, 2, 500, 999, 1_000] {
            var left = RunningMoments(values[..<split])
            left.merge(RunningMoments(values[split...]))
            #expect(left.count == whole.count)
            #expect(abs(left.mean - whole.mean) <= 1e-12 * whole.mean)
            #expect(abs(try #require(left.variance) - (try #require(whole.variance))) <= 1e-10 * (try #require(whole.variance)))
            #expect(left.min == whole.min && left.max == whole.max)
        }
    }
}

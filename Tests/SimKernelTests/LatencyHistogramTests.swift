import Testing
@testable import SimKernel

@Suite struct LatencyHistogramTests {
    /// Lognormal latencies around 4 ms with a long tail, as integer nanoseconds.
    private func latencies(_ n: Int, purpose: String) throws -> [SimTime] {
        let d = try DistributionSpec.parse("lognormal(median=4ms, p99=300ms)", kind: .duration)
        let stream = RandomStream(runSeed: 5, purpose: purpose)
        return (0..<n).map { _ in d.sampleTime(stream) }
    }

    @Test(arguments: LatencyHistogram.Configuration.SignificantDigits.allCases)
    func quantilesWithinPrecisionOfExactOnes(digits: LatencyHistogram.Configuration.SignificantDigits) throws {
        let config = try #require(LatencyHistogram.Configuration(significantDigits: digits))
        let values = try latencies(100_000, purpose: "hist")
        var h = LatencyHistogram(configuration: config)
        for v in values { h.record(v) }
        let sorted = values.sorted()
        let relative = digits == .two ? 1e-2 : 1e-3
        for p in [0.01, 0.5, 0.9, 0.99, 0.999, 1.0] {
            // The exact quantile of rank ceil(p n), the definition HdrHistogram follows.
            let exact = sorted[max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
            let got = h.quantile(p)
            let tolerance = Double(config.resolution.nanoseconds) + Double(exact.nanoseconds) * relative
            #expect(abs(Double(got.nanoseconds - exact.nanoseconds)) <= tolerance, "p=\(p): \(got) vs \(exact)")
        }
        #expect(h.count == values.count)
        let exactMean = values.reduce(0.0) { $0 + Double($1.nanoseconds) } / Double(values.count)
        #expect(abs(try #require(h.meanNanoseconds) - exactMean) <= 1e-9 * exactMean)
        #expect(h.maximum == sorted.last && h.minimum == sorted.first)
    }

    @Test func mergeEqualsRecordingEverything() throws {
        let values = try latencies(20_000, purpose: "merge")
        var whole = LatencyHistogram(), left = LatencyHistogram(), right = LatencyHistogram()
        for (i, v) in values.enumerated() {
            whole.record(v)
            if i % 3 == 0 { left.record(v) } else { right.record(v) }
        }
        left.merge(right)
        #expect(left.count == whole.count)
        for p in [0.5, 0.9, 0.99, 1] { #expect(left.quantile(p) == whole.quantile(p)) }
        #expect(left.maximum == whole.maximum && left.minimum == whole.minimum)
        #expect(abs(try #require(left.meanNanoseconds) - (try #require(whole.meanNanoseconds))) <= 1e-9 * (try #require(whole.meanNanoseconds)))
    }

    @Test func outOfRangeValuesAreClampedAndCounted() throws {
        var h = LatencyHistogram()
        h.record(SimTime(nanoseconds: 300))                        // below 1 µs
        h.record(SimTime(nanoseconds: 2 * 3_600_000_000_000))      // 2 h, above 1 h
        h.record(SimTime(nanoseconds: 5_000_000))
        #expect(h.count == 3 && h.belowRange == 1 && h.aboveRange == 1)
        #expect(h.quantile(0) == SimTime(nanoseconds: 1_000))
        let top = h.quantile(1)
        #expect(top <= SimTime(nanoseconds: 3_600_000_000_000 + 3_600_000_000) && top >= SimTime(nanoseconds: 3_600_000_000_000))
        #expect(h.maximum == SimTime(nanoseconds: 2 * 3_600_000_000_000))
        let exactMean: Double = (300.0 + 7_200_000_000_000.0 + 5_000_000.0) / 3
        #expect(h.meanNanoseconds == exactMean)
        #expect(LatencyHistogram().quantile(0.5) == .zero && LatencyHistogram().meanNanoseconds == nil)
        #expect(LatencyHistogram.Configuration(resolution: .zero) == nil)
    }

    /// HdrHistogram's layout: sub-buckets 2^ceil(log2(2·10^d)), buckets doubling from there
    /// until they cover 3.6e9 µs, counts (buckets + 1) × half the sub-buckets, 8 bytes each,
    /// plus the 512 bytes it adds for overhead.
    @Test func footprintFollowsTheLayout() {
        func expected(digits: Int) -> Int {
            var subBuckets = 1
            while subBuckets < 2 * Int(pow10(digits)) { subBuckets *= 2 }
            var buckets = 1, covered = subBuckets
            while covered <= 3_600_000_000 { covered *= 2; buckets += 1 }
            return 512 + (buckets + 1) * subBuckets / 2 * 8
        }
        // The array's capacity may round its length up by a few slots.
        let standard = LatencyHistogram(configuration: .standard).estimatedFootprintBytes
        let compact = LatencyHistogram(configuration: .compact).estimatedFootprintBytes
        #expect(standard >= expected(digits: 3) && standard <= expected(digits: 3) + 64)
        #expect(compact >= expected(digits: 2) && compact <= expected(digits: 2) + 64)
        #expect(expected(digits: 3) < 190_000 && expected(digits: 2) < 27_500)
    }

    private func pow10(_ e: Int) -> Double { (0..<e).reduce(1.0) { r, _ in r * 10 } }
}

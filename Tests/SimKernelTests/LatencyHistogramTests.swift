import Testing
@testable import SimKernel

@Suite struct LatencyHistogramTests {
    /// Latencies from `spec`, as integer nanoseconds.
    private func latencies(_ n: Int, _ spec: String = "lognormal(median=4ms, p99=300ms)", purpose: String) throws -> [SimTime] {
        let d = try DistributionSpec.parse(spec, kind: .duration)
        let stream = RandomStream(runSeed: 5, purpose: purpose)
        return (0..<n).map { _ in d.sampleTime(stream) }
    }

    /// The recorded value of nearest rank ceil(p × n) for p = permille / 1000, in whole numbers.
    private func exact(_ sorted: [SimTime], permille: Int) -> SimTime {
        let rank = max(1, (sorted.count * permille + 999) / 1000)
        return sorted[rank - 1]
    }

    /// 300,000 recorded values (three distributions: a round trip with a long tail, a
    /// sub-millisecond same-AZ round trip, an inter-region one): p50, p90, p99 and p99.9
    /// within 0.1 % of the exact order statistics, and within the stated half-bucket bound
    /// 2^-11 = 0.0488 %. HdrHistogram's highest-equivalent value at 3 digits and 1 µs misses
    /// the second bound (a bucket is up to 1/1024 wide above 2 ms) and the first below 1 ms
    /// (1 µs steps are 1.1 % of 90 µs); at 2 digits it misses both (up to 1/128).
    @Test(arguments: ["lognormal(median=4ms, p99=300ms)", "lognormal(median=0.09ms, p99=0.2ms)",
                      "uniform(min=74ms, max=90ms)"])
    func quantilesWithinATenthOfAPercentOfExactOnes(spec: String) throws {
        let values = try latencies(300_000, spec, purpose: "hist")
        var h = LatencyHistogram()
        for v in values { h.record(v) }
        let sorted = values.sorted()
        #expect(LatencyHistogram.Configuration.standard.relativeError == 1.0 / 2048)
        for permille in [10, 500, 900, 990, 999] {
            let want = Double(exact(sorted, permille: permille).nanoseconds)
            let got = Double(h.quantile(Double(permille) / 1000).nanoseconds)
            #expect(abs(got - want) <= want * 0.001, "p=\(permille)‰: \(got) vs \(want)")
            #expect(abs(got - want) <= want / 2048, "p=\(permille)‰: \(got) vs \(want)")
        }
        #expect(h.quantile(0) == sorted.first && h.quantile(1) == sorted.last)
        #expect(h.count == values.count)
        let exactMean = values.reduce(0.0) { $0 + Double($1.nanoseconds) } / Double(values.count)
        #expect(abs(try #require(h.meanNanoseconds) - exactMean) <= 1e-9 * exactMean)
        #expect(h.maximum == sorted.last && h.minimum == sorted.first)
    }

    /// A bucket's midpoint, not its top: over the percentiles 1..99 the signed errors
    /// average out. Reporting the top of each bucket (HdrHistogram's `valueAtPercentile`)
    /// puts every one above the exact value, on average by a quarter of a bucket or more
    /// (≥ 1/4096 ≈ 0.024 % at 3 digits).
    @Test func percentilesAreNotBiasedUpwards() throws {
        let values = try latencies(300_000, "uniform(min=60ms, max=250ms)", purpose: "bias")
        var h = LatencyHistogram()
        for v in values { h.record(v) }
        let sorted = values.sorted()
        var signed = 0.0, above = 0
        for percent in 1...99 {
            let want = Double(exact(sorted, permille: percent * 10).nanoseconds)
            let got = Double(h.quantile(Double(percent) / 100).nanoseconds)
            signed += (got - want) / want
            if got > want { above += 1 }
        }
        #expect(abs(signed / 99) < 0.00005, "mean signed relative error \(signed / 99)")
        #expect(above < 80, "\(above) of 99 percentiles above the exact value")
    }

    /// The rank of a quantile is ceil(p × n) with the product's rounding error ignored.
    @Test func rankIsTheNearestRank() {
        #expect(LatencyHistogram.rank(0.9, count: 100_000) == 90_000)      // 0.9 × 1e5 = 90000.00000000001
        #expect(LatencyHistogram.rank(0.5, count: 3) == 2)
        #expect(LatencyHistogram.rank(0.999, count: 300_000) == 299_700)
        #expect(LatencyHistogram.rank(0, count: 10) == 1 && LatencyHistogram.rank(1, count: 10) == 10)
        #expect(LatencyHistogram.rank(.nan, count: 10) == 1)
    }

    /// The layout: unit buckets below 2^11, then 1,024 per doubling, each holding exactly
    /// the values from its lowest up to its lowest + width − 1.
    @Test func bucketsTileTheRange() throws {
        let c = LatencyHistogram.Configuration.standard
        #expect(c.bucketIndex(units: 2_047) == 2_047 && c.bucketIndex(units: 2_048) == 2_048)
        #expect(c.bucketIndex(units: 2_049) == 2_048 && c.bucketIndex(units: 4_096) == 3_072)
        #expect(c.bucketRange(3_072) == (lowest: 4_096, width: 4))
        #expect(c.representativeUnits(3_072) == 4_098)
        var previousTop: Int64 = -1
        for index in 0..<6_000 {
            let (lowest, width) = c.bucketRange(index)
            #expect(lowest == previousTop + 1)
            #expect(c.bucketIndex(units: lowest) == index && c.bucketIndex(units: lowest + width - 1) == index)
            #expect(Double(width) / 2 <= Double(lowest) / 2048 || width == 1)
            previousTop = lowest + width - 1
        }
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
        // Equal contents compare equal whatever window each grew.
        var reordered = LatencyHistogram()
        for v in values.reversed() { reordered.record(v) }
        #expect(reordered.count == whole.count)
        for p in [0.1, 0.5, 0.9, 0.99] { #expect(reordered.quantile(p) == whole.quantile(p)) }
    }

    @Test func outOfRangeValuesAreClampedAndCounted() throws {
        let config = try #require(LatencyHistogram.Configuration(resolution: SimTime(nanoseconds: 1_000)))
        var h = LatencyHistogram(configuration: config)
        h.record(SimTime(nanoseconds: 300))                        // below 1 µs
        h.record(SimTime(nanoseconds: 2 * 3_600_000_000_000))      // 2 h, above 1 h
        h.record(SimTime(nanoseconds: 5_000_000))
        h.record(SimTime(nanoseconds: 6_000_000))
        #expect(h.count == 4 && h.belowRange == 1 && h.aboveRange == 1)
        // The extremes are exact; the ranks between are bucket midpoints: 5,000 µs lies in
        // the doubling 4,096..8,191 µs, where buckets are 4 µs wide: 5,000..5,003, midpoint 5,002.
        #expect(h.quantile(0) == SimTime(nanoseconds: 300))
        #expect(h.quantile(1) == SimTime(nanoseconds: 2 * 3_600_000_000_000))
        #expect(h.quantile(0.5) == SimTime(nanoseconds: 5_002_000))
        #expect(h.maximum == SimTime(nanoseconds: 2 * 3_600_000_000_000))
        let exactMean: Double = (300.0 + 7_200_000_000_000.0 + 5_000_000.0 + 6_000_000.0) / 4
        #expect(h.meanNanoseconds == exactMean)
        #expect(LatencyHistogram().quantile(0.5) == .zero && LatencyHistogram().meanNanoseconds == nil)
        #expect(LatencyHistogram.Configuration(resolution: .zero) == nil)
    }

    /// A bucket wraps past UInt32.max without losing counts.
    @Test func countsPastFourBillionCarry() {
        var a = LatencyHistogram(), b = LatencyHistogram()
        a.record(.milliseconds(5))
        b.record(.milliseconds(7))
        var big = a
        for _ in 0..<33 { big.merge(big) }        // 2^33 values of 5 ms
        big.merge(b)
        #expect(big.count == (1 << 33) + 1)
        #expect(big.quantile(0.5) >= .milliseconds(4.995) && big.quantile(0.5) <= .milliseconds(5.005))
        #expect(big.quantile(1) == .milliseconds(7))
    }

    /// Memory: 4 bytes per bucket of the window, 1,024 buckets per doubling of the values
    /// held. Values over 60–400 ms (2.74 doublings, about 2,800 buckets) take at most
    /// max(2 × span, span + 1,024) buckets; the hard bound is the whole 1 ns .. 1 h range: 31
    /// doublings above 2^11 ns of 1,024 buckets, 2,048 unit buckets below, and the partial
    /// last doubling up to 3.6e12 >> 31 = 1,676: 31 × 1,024 + 1,676 + 1 = 33,421 buckets.
    @Test func memoryFollowsTheValuesAndIsBounded() throws {
        let c = LatencyHistogram.Configuration.standard
        #expect(c.bucketCount == 33_421)
        #expect(LatencyHistogram.Configuration.compact.bucketCount == 34 * 128 + 209 + 1)
        let empty = LatencyHistogram().estimatedFootprintBytes
        #expect(empty < 200)
        var pair = LatencyHistogram()
        for v in try latencies(200_000, "uniform(min=60ms, max=400ms)", purpose: "mem") { pair.record(v) }
        let span = c.bucketIndex(units: pair.maximum.nanoseconds) - c.bucketIndex(units: pair.minimum.nanoseconds) + 1
        #expect(span > 2_700 && span < 2_900)
        #expect(pair.estimatedFootprintBytes <= empty + 4 * max(2 * span, span + 1_024) + 64)
        var wide = LatencyHistogram()
        var t: Int64 = 1
        while t < 3_600_000_000_000 { wide.record(SimTime(nanoseconds: t)); t = t * 3 / 2 + 1 }
        wide.record(SimTime(nanoseconds: 7_200_000_000_000))
        #expect(wide.estimatedFootprintBytes <= empty + 4 * 33_421 + 64)
    }
}

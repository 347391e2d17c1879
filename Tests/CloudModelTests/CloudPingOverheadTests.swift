import SimKernel
import Testing
@testable import CloudModel

/// `latency.source: cloudping-corrected`: CloudPing's own overhead, estimated from its
/// same-Region rows, taken off the inter-Region ones.
@Suite struct CloudPingOverheadTests {
    @Test func everyBuiltInRegionHasASameRegionFigure() {
        #expect(SameRegionRoundTrips.p50Milliseconds.map(\.region).sorted() == BuiltInRegions.names.sorted())
        // aws-facts.md §5.2: CloudPing's same-Region p50 is 2.8–5.5 ms for the 12 Regions.
        let figures = SameRegionRoundTrips.p50Milliseconds.map(\.p50)
        #expect(figures.min() == 2.75 && figures.max() == 5.51)
        #expect(SameRegionRoundTrips.p50("xx-north-1") == nil)
    }

    /// By hand: the cross-AZ median is its floor plus its body's median, 0.25 + 0.95 = 1.2 ms;
    /// us-east-1's same-Region median 5.51 ms gives 5.51 − 1.2 = 4.31 ms, eu-west-2's 3.35 ms
    /// gives 2.15 ms, the pair (4.31 + 2.15) / 2 = 3.23 ms, and us-east-1 → eu-west-2
    /// (p50 77.96, p90 83.03 ms in aws_region_rtt.csv) becomes 74.73 and 79.80 ms.
    @Test func correctionMatchesAHandComputation() throws {
        #expect(CloudPingOverhead.intraRegionRoundTrip == .milliseconds(1.2))
        #expect(CloudPingOverhead.overhead(region: "us-east-1") == .milliseconds(4.31))
        #expect(CloudPingOverhead.overhead(region: "eu-west-2") == .milliseconds(2.15))
        #expect(CloudPingOverhead.overhead(from: "us-east-1", to: "eu-west-2") == .milliseconds(3.23))
        #expect(CloudPingOverhead.overhead(from: "eu-west-2", to: "us-east-1") == .milliseconds(3.23))
        let corrected = try #require(LatencySource.cloudpingCorrected.measurement(from: "us-east-1", to: "eu-west-2"))
        #expect(corrected.p50 == .milliseconds(74.73) && corrected.p90 == .milliseconds(79.80))
        // The twelve Regions' overheads, sorted by hand from the same-Region medians − 1.2:
        // 1.55 1.62 1.97 1.97 1.98 2.12 2.15 2.53 2.84 2.90 4.20 4.31; median (2.12 + 2.15) / 2.
        let overheads = try BuiltInRegions.names.map { try #require(CloudPingOverhead.overhead(region: $0)).milliseconds }.sorted()
        #expect(overheads.map { ($0 * 100).rounded() / 100 } == [1.55, 1.62, 1.97, 1.97, 1.98, 2.12, 2.15, 2.53, 2.84, 2.90, 4.20, 4.31])
        #expect(abs((overheads[5] + overheads[6]) / 2 - 2.135) < 1e-9)
        // Pairs: smallest ap-northeast-1 ↔ us-west-1 (1.55 + 1.62) / 2, largest us-east-1 ↔
        // us-east-2 (4.31 + 4.20) / 2.
        let pairs = BundledRoundTrips.all.compactMap { CloudPingOverhead.overhead(from: $0.from, to: $0.to) }
        #expect(pairs.count == 132)
        #expect(pairs.min() == .milliseconds(1.585) && pairs.max() == .milliseconds(4.255))
    }

    /// Each corrected row is the raw one minus the pair's overhead, p50 and p90 alike, and
    /// never below the same-Region floor (1.2 ms).
    @Test func correctedRowsAreRawMinusOverheadAboveTheFloor() throws {
        let corrected = LatencySource.cloudpingCorrected.all
        #expect(corrected.count == BundledRoundTrips.all.count)
        for (raw, fixed) in zip(BundledRoundTrips.all, corrected) {
            let overhead = try #require(CloudPingOverhead.overhead(from: raw.from, to: raw.to))
            #expect(fixed.from == raw.from && fixed.to == raw.to)
            #expect(fixed.p50 == raw.p50 - overhead, "\(raw.from) → \(raw.to)")
            #expect(fixed.p90 == raw.p90 - overhead)
            #expect(fixed.p50 >= CloudPingOverhead.intraRegionRoundTrip)
        }
        // A pair too short for its overhead stops at the floor: us-east-1 → us-east-2 at a
        // made-up 3 ms has 4.255 ms of overhead but only 3 − 1.2 = 1.8 ms of room.
        let short = CloudPingOverhead.corrected(MeasuredRoundTrip("us-east-1", "us-east-2", p50: 3, p90: 4))
        #expect(short.p50 == .milliseconds(1.2) && short.p90 == .milliseconds(2.2))
        // A Region without a same-Region figure leaves its pairs as they are.
        let unknown = MeasuredRoundTrip("xx-north-1", "us-east-1", p50: 90, p90: 95)
        #expect(CloudPingOverhead.corrected(unknown) == unknown)
        #expect(LatencySource.cloudping.all == BundledRoundTrips.all)
    }

    /// The model takes the source's figures; a scenario's override still comes first.
    @Test func latencyModelUsesTheChosenSource() throws {
        let regions = ["us-east-1", "eu-west-2"]
        let raw = LatencyModel(regions: regions)
        let corrected = LatencyModel(regions: regions, settings: LatencySettings(source: .cloudpingCorrected))
        let expected = try #require(LatencySource.cloudpingCorrected.measurement(from: "us-east-1", to: "eu-west-2")).fitted
        #expect(corrected.path(from: 0, to: 1).rtt == expected)
        #expect(corrected.path(from: 0, to: 1).rttSource == .measured)
        #expect(raw.path(from: 0, to: 1).rtt == BundledRoundTrips.measurement(from: "us-east-1", to: "eu-west-2")?.fitted)
        #expect(corrected.path(from: 0, to: 1).rtt != raw.path(from: 0, to: 1).rtt)
        let given = DelayDistribution.fitted(p50: .milliseconds(70), p90: .milliseconds(74))
        let overridden = LatencyModel(regions: regions, settings: LatencySettings(
            overrides: [LatencyOverride(from: "us-east-1", to: "eu-west-2", rtt: given)], source: .cloudpingCorrected))
        #expect(overridden.path(from: 0, to: 1).rtt == given)
        #expect(LatencySettings().source == .cloudping)
    }
}

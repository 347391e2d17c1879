import SimKernel

/// The few milliseconds of its own that a CloudPing figure carries, and the inter-Region
/// round trips without them (`latency.source: cloudping-corrected`).
///
/// **Method.** CloudPing times a TCP connect from a Lambda function in the source Region to
/// the public DynamoDB endpoint of the destination (`BundledRoundTrips`), so each figure
/// holds, besides the network path, what the Lambda side and the endpoint add. Inside one
/// Region that overhead is nearly all of the figure: the same-Region medians are 2.75–5.51 ms
/// (`SameRegionRoundTrips`) where a round trip between instances takes 0.09 ms in one AZ and
/// about 1.2 ms across AZs. So:
/// - a Region's overhead is its same-Region median minus one intra-Region round trip, the
///   built-in cross-AZ median (1.2 ms, `LatencyDefaults.crossAZ`; ⚠ assumption: the Lambda
///   function and the endpoint's front end are in different AZs; were they in one AZ, the
///   overhead would be 1.1 ms larger), and never below zero;
/// - a directed pair's overhead is the mean of its two Regions' (⚠ assumption: the Lambda
///   side is in the source Region and the endpoint in the destination, and the same-Region
///   figure cannot tell the two apart);
/// - a corrected pair is the measured p50 and p90 minus that overhead, both by the same
///   amount (the spread p90 − p50 is kept), but never below the same-Region floor: the
///   corrected p50 stays at least one intra-Region round trip (1.2 ms).
///
/// Per Region this gives 1.55 ms (ap-northeast-1) to 4.31 ms (us-east-1), median 2.135 ms;
/// per directed pair 1.585 ms (ap-northeast-1 ↔ us-west-1) to 4.255 ms (us-east-1 ↔
/// us-east-2), median 2.405 ms: 0.7–28 % of the pair's median, 1.6 % at the median pair.
///
/// **Cross-check, and why it is not the default.** Against ICMP over inter-Region VPC
/// peering between EC2 instances (2019, `aws_region_rtt_crosscheck.csv`, richardimaoka/blog-en),
/// the raw CloudPing medians are not higher: the median of CloudPing p50 − ICMP average over
/// the 132 pairs is −2.89 ms (10th–90th percentile −23.2…+7.2 ms: routes changed since 2019),
/// and −0.64 ms over the 61 pairs within 5 % of each other. The inter-Region rows thus show
/// no excess of the size the same-Region rows suggest (corrected, the median difference
/// becomes −4.86 ms), so `cloudping` stays the default and the corrected table is a lower
/// estimate for sensitivity studies.
public enum CloudPingOverhead {
    /// The intra-Region round trip a same-Region figure also contains, and the floor of a
    /// corrected pair: the built-in cross-AZ median, to the nanosecond.
    public static var intraRegionRoundTrip: SimTime {
        SimTime(nanoseconds: Int64(LatencyDefaults.crossAZ.quantile(0.5).rounded()))
    }

    /// The overhead in `region`'s figures: its same-Region median minus the intra-Region
    /// round trip, at least zero; nil for a Region without a same-Region figure.
    public static func overhead(region: String) -> SimTime? {
        SameRegionRoundTrips.p50(region).map { SimTime(nanoseconds: max(0, ($0 - intraRegionRoundTrip).nanoseconds)) }
    }

    /// The overhead of the directed pair: the mean of its two Regions' overheads.
    public static func overhead(from: String, to: String) -> SimTime? {
        guard let a = overhead(region: from), let b = overhead(region: to) else { return nil }
        return SimTime(nanoseconds: (a.nanoseconds + b.nanoseconds) / 2)
    }

    /// `measured` without the pair's overhead: p50 and p90 lowered by the same amount, the
    /// overhead or as much of it as keeps p50 at the intra-Region round trip; unchanged when
    /// the pair has no overhead figure.
    public static func corrected(_ measured: MeasuredRoundTrip) -> MeasuredRoundTrip {
        guard let overhead = overhead(from: measured.from, to: measured.to) else { return measured }
        let room = max(0, (measured.p50 - intraRegionRoundTrip).nanoseconds)
        let shift = SimTime(nanoseconds: min(overhead.nanoseconds, room))
        return MeasuredRoundTrip(from: measured.from, to: measured.to, p50: measured.p50 - shift, p90: measured.p90 - shift)
    }
}

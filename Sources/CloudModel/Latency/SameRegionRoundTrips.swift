import SimKernel

/// CloudPing's same-Region figures for the twelve built-in Regions: the one-year median
/// round trip of a TCP `connect()` from a Lambda function in a Region to the public DynamoDB
/// endpoint of the same Region (what CloudPing measures is described in `BundledRoundTrips`).
/// No instance-to-instance path inside a Region takes this long (same AZ ≈ 0.09 ms, across
/// AZs ≈ 1.2 ms, `LatencyDefaults`): the rest is the measurement's own overhead, which
/// `CloudPingOverhead` estimates from these figures.
///
/// Source: the diagonal of the same CloudPing 1Y p50 matrix as `aws_region_rtt.csv`
/// (https://www.cloudping.co/api/latencies?percentile=p_50&timeframe=1Y, as embedded in
/// github.com/commonwarexyz/monorepo `examples/estimator/src/p50.json`; stored copy at commit
/// 4622dfb1b602c30c5371c27f981384274d987d0f, whose inter-Region entries equal
/// `aws_region_rtt.csv` to the rounding), rounded to 0.01 ms as that file is. The p90
/// diagonal (5.2–9.3 ms, aws-facts.md §5.2) is not used.
public enum SameRegionRoundTrips {
    /// Median same-Region round trip, ms, per built-in Region, in `BundledRoundTrips` order.
    public static let p50Milliseconds: [(region: String, p50: Double)] = [
        ("us-east-1", 5.51),        // 5.506 in p50.json
        ("us-east-2", 5.40),        // 5.402
        ("us-west-1", 2.82),        // 2.817
        ("us-west-2", 3.17),        // 3.17
        ("eu-west-1", 3.18),        // 3.178
        ("eu-west-2", 3.35),        // 3.348
        ("eu-central-1", 4.04),     // 4.042
        ("ap-southeast-1", 3.73),   // 3.731
        ("ap-southeast-2", 4.10),   // 4.096
        ("ap-northeast-1", 2.75),   // 2.75
        ("ap-south-1", 3.17),       // 3.167
        ("sa-east-1", 3.32),        // 3.318
    ]

    /// The median same-Region round trip of `region`, if it is a built-in Region.
    public static func p50(_ region: String) -> SimTime? {
        p50Milliseconds.first { $0.region == region }.map { .milliseconds($0.p50) }
    }
}

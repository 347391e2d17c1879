import SimKernel

/// The built-in delays inside a Region, each from aws-facts.md (§5.2) with its source. A
/// scenario's `latency:` section replaces any of them, for all Regions or per Region pair.
/// Inter-Region round trips come from `BundledRoundTrips`; the delays of a design's own
/// hops (endpoint, Transit Gateway, ...) are its `HopDefinition`s, in its folder.
public enum LatencyDefaults {
    /// Round trip between two hosts in the same AZ: 0.07 ms + lognormal(median 0.02 ms,
    /// p99 0.093 ms), i.e. a median of 0.09 ms and a 99th percentile of 0.163 ms.
    ///
    /// Source: ICMP between EC2 instances in one AZ of ap-northeast-1 (richardimaoka/blog-en,
    /// 2019-05-06): same subnet min 0.076 / avg 0.090 / max 0.163 ms, mdev 0.017 ms; another
    /// subnet 0.078 / 0.090 / 0.116 ms. The floor sits just under both minima, the median is
    /// the average, and the run's maximum stands in for the 99th percentile (assumption: the
    /// run's length is not stated).
    public static let sameAZ = DelayDistribution(
        floor: .milliseconds(0.07), body: .lognormalDuration(median: "0.02ms", p99: "0.093ms"))

    /// Round trip between two AZs of one Region: 0.25 ms + lognormal(median 0.95 ms,
    /// p99 3.15 ms), i.e. a median of 1.2 ms and a 99th percentile of 3.4 ms.
    ///
    /// Sources: ICMP averages between AZs of ten Regions (richardimaoka/blog-en, 2019-06-16)
    /// range 0.64–2.79 ms; the median of the per-Region midpoints is 1.2 ms. The smallest
    /// best-of-50 between any two AZs is about 0.25 ms (aps1-az1) and the largest about
    /// 3.37 ms (sae1-az3 ↔ sae1-az2) (xkyle.com, ≈2020): they give the floor and the 99th
    /// percentile. One distribution stands for every AZ pair of every Region: the real
    /// per-pair differences (1.5 vs 2.3 ms inside one Region) become spread (assumption).
    public static let crossAZ = DelayDistribution(
        floor: .milliseconds(0.25), body: .lognormalDuration(median: "0.95ms", p99: "3.15ms"))

    /// The share of a round trip spent on the way out (client to service): one half, as
    /// the RTT data carries no direction. CloudPing's consumers do the same (commonware's
    /// `CLOUDPING_DIVISOR = 2.0`).
    public static let forwardShare = 0.5
}

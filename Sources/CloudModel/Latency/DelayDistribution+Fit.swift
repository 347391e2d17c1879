import SimKernel

extension DelayDistribution {
    /// z such that Φ(z) = 0.9 for the standard normal.
    static let z90 = 1.2815515655446004

    /// The distribution vpcsim builds from a measured median and 90th percentile of a round
    /// trip: a shifted lognormal that passes exactly through both.
    ///
    /// **Model.** RTT = floor + X, X lognormal. With D = p90 − p50 (the spread of the
    /// measurement), the floor is p50 − D, so X has median D and 90th percentile 2D:
    /// σ = ln 2 / z₀.₉₀ ≈ 0.541 for every pair, μ = ln D. The fitted distribution's median is
    /// p50 and its 90th percentile p90, exactly.
    ///
    /// **Why this floor.** The floor should be a round trip no packet beats. The 2019 ICMP
    /// pings over inter-Region VPC peering (`aws_region_rtt_crosscheck.csv`) give a measured
    /// minimum per pair. On the 61 pairs whose route has not visibly changed since 2019
    /// (|p50 − ICMP min| < 5 ms), p50 − D lies at or below the measured minimum on 53; on the
    /// other 8 it is above it by at most 2.2 ms. The floor the facts file suggests
    /// (p50 − 1 ms) lies above the measured minimum on 33 of the 61, i.e. it would forbid
    /// round trips that were measured. A one-parameter rule (floor = p50 − D) also keeps
    /// the tail's shape the same for every pair instead of inventing per-pair shapes the data
    /// cannot support.
    ///
    /// **Consequence (an extrapolation).** The implied 99th percentile is
    /// p50 + (e^{2.326σ} − 1)·D ≈ p50 + 2.52·D, e.g. 78 + 12.8 ms for us-east-1 → eu-west-2.
    /// No p99 was measured. Over the 132 bundled pairs the implied p99/p50 ranges from 1.02
    /// (long, stable paths) to 1.70 (us-east-1 → us-east-2, 15 ms with a 4 ms spread); it is
    /// above 1.5 on 5 short pairs only. CockroachDB's remark that p99 reaches about 1.5 × p50
    /// on the longest paths (400 → 600 ms) is of the same order.
    ///
    /// **What the data does not capture.** The percentiles are over six-hourly averages of
    /// five TCP connects, so per-packet jitter is understated (the 2019 ping runs show
    /// max − min under 1 ms on most 60–300 ms paths: per-packet variation is small, but
    /// the slow drift this fit spreads over every request is really correlated in time),
    /// and nothing beyond p90 is known.
    ///
    /// When p90 ≥ 2·p50 the floor would be negative: it is then zero and the fit is a plain
    /// lognormal through p50 and p90. When p90 ≤ p50 the delay is the constant p50.
    public static func fitted(p50: SimTime, p90: SimTime) -> DelayDistribution {
        guard p50.nanoseconds > 0, p90 > p50 else { return .constant(p50) }
        let spread = p90.nanoseconds - p50.nanoseconds
        let floor = Swift.max(0, p50.nanoseconds - spread)
        let median = SimTime(nanoseconds: p50.nanoseconds - floor)
        let upper = SimTime(nanoseconds: p90.nanoseconds - floor)
        guard let body = try? DistributionSpec.parse(
            name: "lognormal", parameters: [("median", median.description), ("p90", upper.description)],
            kind: .duration) else { return .constant(p50) }
        return DelayDistribution(floor: SimTime(nanoseconds: floor), body: body)
    }

    /// The σ of the lognormal body of every fit with a positive floor: ln 2 / z₀.₉₀.
    public static let fittedSigma = 0.6931471805599453 / z90
}

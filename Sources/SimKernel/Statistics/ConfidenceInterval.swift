import CGSL

/// A Student-t confidence interval for a mean: mean ± t(1 - (1 - level)/2, n - 1) × s / √n.
///
/// Used across independent replications, whose means are close to normal; with fewer than
/// two values there is no spread to estimate, and the initialisers return nil.
public struct ConfidenceInterval: Hashable, Sendable {
    /// The sample mean.
    public let mean: Double
    /// Half the interval's width; 0 when all values are equal.
    public let halfWidth: Double
    /// The confidence level, e.g. 0.95.
    public let level: Double
    /// How many values the interval is built from.
    public let count: Int

    public var lower: Double { mean - halfWidth }
    public var upper: Double { mean + halfWidth }

    /// The interval for the values summarised by `moments`; nil when there are fewer than two
    /// values or `level` is not strictly between 0 and 1.
    public init?(moments: RunningMoments, level: Double = 0.95) {
        guard moments.count >= 2, level > 0, level < 1, let se = moments.standardError else { return nil }
        let t = ConfidenceInterval.tQuantile(1 - (1 - level) / 2, degreesOfFreedom: moments.count - 1)
        self.mean = moments.mean
        self.halfWidth = t * se
        self.level = level
        self.count = moments.count
    }

    /// The interval for `values`; nil as for `init(moments:level:)`.
    public init?<S: Sequence>(_ values: S, level: Double = 0.95) where S.Element == Double {
        self.init(moments: RunningMoments(values), level: level)
    }

    /// The p-quantile of Student's t distribution (GSL); `degreesOfFreedom` >= 1.
    public static func tQuantile(_ p: Double, degreesOfFreedom: Int) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_tdist_Pinv(p, Double(Swift.max(degreesOfFreedom, 1)))
    }
}

/// Streaming count, mean, variance, minimum and maximum of a series of values, in one pass
/// and constant memory.
///
/// Uses Welford's update (1962), which stays accurate when the mean is large against the
/// spread, where the textbook sum-of-squares formula cancels catastrophically. Two partial
/// results (say, of two replications or two threads) combine exactly with `merge`.
public struct RunningMoments: Hashable, Sendable {
    /// How many values were added.
    public private(set) var count: Int = 0
    /// Their mean; 0 when none were added.
    public private(set) var mean: Double = 0
    /// The sum of squared deviations from the mean (Welford's M2).
    public private(set) var sumOfSquaredDeviations: Double = 0
    /// The smallest value added; +infinity when none were.
    public private(set) var min: Double = .infinity
    /// The largest value added; -infinity when none were.
    public private(set) var max: Double = -.infinity

    public init() {}

    /// Moments of `values`, added in order.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for v in values { add(v) }
    }

    /// Adds one value.
    public mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
        if value < min { min = value }
        if value > max { max = value }
    }

    /// Folds in another series' moments, as if its values had been added here (Chan, Golub
    /// and LeVeque, 1979).
    public mutating func merge(_ other: RunningMoments) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let n1 = Double(count), n2 = Double(other.count)
        let n = n1 + n2
        let delta = other.mean - mean
        mean += delta * n2 / n
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * n1 * n2 / n
        count += other.count
        min = Swift.min(min, other.min)
        max = Swift.max(max, other.max)
    }

    /// The unbiased sample variance (divides by n - 1); nil below two values.
    public var variance: Double? {
        count < 2 ? nil : sumOfSquaredDeviations / Double(count - 1)
    }

    /// The variance of the values as a whole population (divides by n); 0 when empty.
    public var populationVariance: Double {
        count == 0 ? 0 : sumOfSquaredDeviations / Double(count)
    }

    /// The sample standard deviation; nil below two values.
    public var standardDeviation: Double? { variance.map { $0.squareRoot() } }

    /// The standard error of the mean, s / sqrt(n); nil below two values.
    public var standardError: Double? {
        standardDeviation.map { $0 / Double(count).squareRoot() }
    }
}

/// An empirical distribution given by observed values: each draw picks one of them
/// uniformly at random.
@usableFromInline
struct EmpiricalSamples: Hashable, Sendable {
    /// The observations in base units, sorted ascending (the order a file lists them in does
    /// not change the distribution; sorting makes quantiles a lookup).
    @usableFromInline let values: [Double]
    let mean: Double
    /// The population variance: that of a uniform pick among `values`.
    let variance: Double

    /// `values` must not be empty.
    init(values: [Double]) {
        let sorted = values.sorted()
        self.values = sorted
        var moments = RunningMoments()
        for v in sorted { moments.add(v) }
        mean = moments.mean
        variance = moments.populationVariance
    }

    /// The smallest observation with at least a share `p` of observations at or below it.
    func quantile(_ p: Double) -> Double {
        let n = values.count
        let rank = Int((p * Double(n)).rounded(.up)) - 1
        return values[Swift.min(Swift.max(rank, 0), n - 1)]
    }
}

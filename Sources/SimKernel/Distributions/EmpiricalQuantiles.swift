/// An empirical distribution given by a table of quantiles `(p, value)`: the inverse CDF
/// interpolates linearly between rows.
///
/// Probabilities rise strictly to 1 and values never fall. When the first row's `p` is above
/// zero, that share of the mass sits on the first value (the table's minimum): a draw below
/// the first `p` returns the first value.
@usableFromInline
struct EmpiricalQuantiles: Hashable, Sendable {
    @usableFromInline let probabilities: [Double]
    @usableFromInline let values: [Double]
    let mean: Double
    let variance: Double

    /// Rows must already be validated: `probabilities` strictly increasing in [0, 1] and
    /// ending at 1, `values` nondecreasing, both of the same nonzero length.
    init(probabilities: [Double], values: [Double]) {
        self.probabilities = probabilities
        self.values = values
        // The atom below the first row, then one uniform piece per pair of rows.
        var m = probabilities[0] * values[0]
        var m2 = probabilities[0] * values[0] * values[0]
        for i in probabilities.indices.dropFirst() {
            let w = probabilities[i] - probabilities[i - 1]
            let a = values[i - 1], b = values[i]
            m += w * (a + b) / 2
            m2 += w * (a * a + a * b + b * b) / 3
        }
        mean = m
        variance = Swift.max(0, m2 - m * m)
    }

    /// The inverse CDF at `u` in [0, 1]: a binary search for the row pair, then linear
    /// interpolation between them.
    @inlinable
    func value(at u: Double) -> Double {
        let n = probabilities.count
        if u <= probabilities[0] { return values[0] }
        if u >= probabilities[n - 1] { return values[n - 1] }
        // Invariant: probabilities[lo] < u <= probabilities[hi].
        var lo = 0, hi = n - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if probabilities[mid] < u { lo = mid } else { hi = mid }
        }
        let p0 = probabilities[lo], p1 = probabilities[hi]
        let v0 = values[lo], v1 = values[hi]
        return v0 + (u - p0) / (p1 - p0) * (v1 - v0)
    }
}

/// An empirical distribution given by a table of quantiles `(p, value)`: the inverse CDF
/// interpolates linearly between rows.
///
/// Probabilities rise strictly to 1 and values never fall. When the first row's `p` is above
/// zero, that share of the mass sits on the first value (the table's minimum): a draw below
/// the first `p` returns the first value.
///
/// **Constant-time draws.** A guide table (Chen and Asau's method) over a uniform grid of
/// `cells` = 2 × rows cells on [0, 1] holds, for each cell, the last row whose probability is
/// below the cell's lower edge. A draw `u` starts at its cell's row and steps forward over
/// the rows inside the cell (at most the rows that share one cell: one or none for tables
/// whose probabilities are spread out, such as the uniform grid of a fitted table). It finds
/// the same pair of rows `p[lo] < u <= p[lo + 1]` as a binary search would and interpolates
/// between them with the same arithmetic, so every draw equals the binary search's to the
/// last bit (`valueBySearch`, kept for the tests that check this).
@usableFromInline
struct EmpiricalQuantiles: Hashable, Sendable {
    @usableFromInline let probabilities: [Double]
    @usableFromInline let values: [Double]
    /// `guide[j]`: the last row whose probability is below `j / cells` (0 when none is).
    @usableFromInline let guide: [Int32]
    /// Cells of the guide's grid.
    @usableFromInline let cells: Double
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
        let count = 2 * probabilities.count
        var guide = [Int32](repeating: 0, count: count + 1)
        var row = 0
        for j in 0...count {
            let edge = Double(j) / Double(count)
            while row + 1 < probabilities.count && probabilities[row + 1] < edge { row += 1 }
            guide[j] = Int32(row)
        }
        self.guide = guide
        self.cells = Double(count)
    }

    /// The inverse CDF at `u` in [0, 1]: the guide table's row for u's cell, a step forward
    /// to the row pair around u, then linear interpolation between them.
    @inlinable
    func value(at u: Double) -> Double {
        let n = probabilities.count
        if u <= probabilities[0] { return values[0] }
        if u >= probabilities[n - 1] { return values[n - 1] }
        return probabilities.withUnsafeBufferPointer { p in
            // u is in (p[0], p[n-1]), so 0 <= u × cells < cells.
            var lo = Int(guide[Int(u * cells)])
            // The cell's row is below u, up to the rounding of u × cells: step back if not.
            while lo > 0 && p[lo] >= u { lo -= 1 }
            // Invariant: p[lo] < u; step forward to p[lo] < u <= p[lo + 1].
            while p[lo + 1] < u { lo += 1 }
            return interpolate(lo, u, p)
        }
    }

    /// The inverse CDF by binary search for the row pair: what `value(at:)` computes, kept
    /// as the reference it is checked against.
    func valueBySearch(at u: Double) -> Double {
        let n = probabilities.count
        if u <= probabilities[0] { return values[0] }
        if u >= probabilities[n - 1] { return values[n - 1] }
        // Invariant: probabilities[lo] < u <= probabilities[hi].
        var lo = 0, hi = n - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if probabilities[mid] < u { lo = mid } else { hi = mid }
        }
        return probabilities.withUnsafeBufferPointer { interpolate(lo, u, $0) }
    }

    /// Linear interpolation between rows `lo` and `lo + 1` at `u`.
    @inlinable @inline(__always)
    func interpolate(_ lo: Int, _ u: Double, _ p: UnsafeBufferPointer<Double>) -> Double {
        let p0 = p[lo], p1 = p[lo + 1]
        return values.withUnsafeBufferPointer { v in
            let v0 = v[lo], v1 = v[lo + 1]
            return v0 + (u - p0) / (p1 - p0) * (v1 - v0)
        }
    }
}

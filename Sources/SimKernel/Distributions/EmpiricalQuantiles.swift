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
///
/// **Few cache lines per draw.** A draw of a large table misses the cache on every table
/// it reads, so the rows are also kept interleaved (`rows`: p and value of row i side by
/// side), and the two rows of a pair usually share one 64-byte line. When the rows are
/// spread nearly evenly in p (a fitted table, or one on a uniform grid: every row found
/// within a few steps of `Int(u × directScale)`), the draw starts there and reads no guide
/// at all: one line per draw instead of three (guide, probabilities, values). Where the
/// start comes from does not matter for the result: the steps back and forward end at the
/// one pair `p[lo] < u <= p[lo + 1]` from any start.
@usableFromInline
struct EmpiricalQuantiles: Hashable, Sendable {
    @usableFromInline let probabilities: [Double]
    @usableFromInline let values: [Double]
    /// `guide[j]`: the last row whose probability is below `j / cells` (0 when none is).
    @usableFromInline let guide: [Int32]
    /// Cells of the guide's grid.
    @usableFromInline let cells: Double
    /// Row i as `rows[2i]` (its p) and `rows[2i + 1]` (its value).
    @usableFromInline let rows: [Double]
    /// The start of a draw is row `Int(u × directScale)` when this is above zero (rows
    /// spread nearly evenly in p), else the guide's row for u's cell.
    @usableFromInline let directScale: Double
    /// The first and last rows, kept inline: a draw outside them reads no array.
    @usableFromInline let firstP: Double, firstValue: Double, lastP: Double, lastValue: Double
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
        var rows = [Double](repeating: 0, count: 2 * probabilities.count)
        for i in probabilities.indices {
            rows[2 * i] = probabilities[i]
            rows[2 * i + 1] = values[i]
        }
        self.rows = rows
        self.directScale = Self.directScale(probabilities: probabilities, guide: guide, cells: count)
        firstP = probabilities[0]
        firstValue = values[0]
        lastP = probabilities[probabilities.count - 1]
        lastValue = values[values.count - 1]
    }

    /// The most rows a draw may step from its direct start for the table to use it.
    static let directSteps = 4

    /// A scale s such that, for every u, the row pair around u is within `directSteps` rows
    /// of `Int(u × s)`, or 0 when no candidate has that property (then draws use the guide).
    /// Candidates: twice the rows below one half (a grid of step 1 / s) and rows − 1 (rows at
    /// i / (n − 1)). Checked per guide cell: for u in cell j the pair's row lies in
    /// `guide[j] ... guide[j + 1]` and the start in `Int(j / cells × s) ... Int((j + 1) / cells × s)`.
    /// Only the speed depends on it: a draw ends at the same pair from any start.
    static func directScale(probabilities: [Double], guide: [Int32], cells: Int) -> Double {
        let n = probabilities.count
        guard n >= 3 else { return 0 }
        let belowHalf = probabilities.reduce(0) { $1 < 0.5 ? $0 + 1 : $0 }
        for candidate in [Double(2 * belowHalf), Double(n - 1)] where candidate >= 1 {
            var fits = true
            for j in 0..<cells {
                let lowStart = Swift.min(n - 2, Int(Double(j) / Double(cells) * candidate))
                let highStart = Swift.min(n - 2, Int(Double(j + 1) / Double(cells) * candidate))
                if Int(guide[j + 1]) - lowStart > directSteps || highStart - Int(guide[j]) > directSteps {
                    fits = false
                    break
                }
            }
            if fits { return candidate }
        }
        return 0
    }

    /// The inverse CDF at `u` in [0, 1]: a start row (direct, or the guide table's row for
    /// u's cell), a step back or forward to the row pair around u, then linear
    /// interpolation between them.
    @inlinable
    func value(at u: Double) -> Double {
        if u <= firstP { return firstValue }
        if u >= lastP { return lastValue }
        // Plain subscripts, no buffer closure: the draw inlines into its caller without
        // copying the distribution that holds the table (a closure capturing the table did).
        let last = rows.count / 2 - 2
        // u is in (p[0], p[n-1]), so 0 <= u × cells < cells and u × directScale >= 0.
        var lo = directScale > 0 ? Swift.min(Int(u * directScale), last) : Int(guide[Int(u * cells)])
        // The start may be above u (rounding, or a direct start): step back if so.
        while lo > 0 && rows[2 &* lo] >= u { lo -= 1 }
        // Invariant: p[lo] < u; step forward to p[lo] < u <= p[lo + 1].
        while rows[2 &* lo &+ 2] < u { lo += 1 }
        let p0 = rows[2 &* lo], v0 = rows[2 &* lo &+ 1], p1 = rows[2 &* lo &+ 2], v1 = rows[2 &* lo &+ 3]
        return v0 + (u - p0) / (p1 - p0) * (v1 - v0)
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

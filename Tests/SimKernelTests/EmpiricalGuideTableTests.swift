import Testing
@testable import SimKernel

/// The empirical quantile table's constant-time draw (a guide table over a uniform grid)
/// finds the same row pair as a binary search, so every value equals the search's to the bit.
@Suite struct EmpiricalGuideTableTests {
    /// Tables of several shapes: a uniform grid like a fitted 2,000-row table, rows clustered
    /// far closer than a grid cell, an atom below the first row, and two rows.
    static let tables: [(String, [Double], [Double])] = {
        let n = 2_000
        let grid = (1...n).map { Double($0) / Double(n) }
        let gridValues = grid.map { 60e6 + 5e6 * -(1 - $0 + 1e-12).squareRoot().squareRoot() + 10e6 * $0 * $0 }
        var clustered: [Double] = [0.1]
        for k in 1...500 { clustered.append(0.5 + Double(k) * 1e-9) }
        clustered += [0.75, 0.999_999, 1]
        let clusteredValues = clustered.indices.map { Double($0) * 1_000 }
        return [
            ("grid", grid, gridValues.sorted()),
            ("clustered", clustered, clusteredValues),
            ("atom", [0.3, 0.6, 1], [5e6, 7e6, 15e6]),
            ("two rows", [0, 1], [0, 30e6]),
        ]
    }()

    @Test(arguments: tables.indices)
    func everyDrawEqualsTheBinarySearch(_ index: Int) {
        let (name, p, v) = Self.tables[index]
        let table = EmpiricalQuantiles(probabilities: p, values: v)
        var us: [Double] = [0, 1, 0.5, Double.leastNonzeroMagnitude, 1.0.nextDown]
        // Every row's probability and its neighbours: the bracketing pair changes there.
        for x in p { us += [x, x.nextUp, x.nextDown] }
        // Every grid cell's edge and its neighbours: where u × cells rounds either way.
        let cells = Int(table.cells)
        for j in 0...cells {
            let edge = Double(j) / Double(cells)
            us += [edge, edge.nextUp, edge.nextDown]
        }
        let stream = RandomStream(runSeed: 5, purpose: "guide-table")
        for _ in 0..<100_000 { us.append(stream.uniform()) }
        for u in us where u >= 0 && u <= 1 {
            let fast = table.value(at: u), reference = table.valueBySearch(at: u)
            #expect(fast.bitPattern == reference.bitPattern, "\(name): u = \(u): \(fast) vs \(reference)")
            if fast.bitPattern != reference.bitPattern { return }
        }
    }

    /// Each grid cell starts at the last row below its lower edge: the row after it is at or
    /// above the edge, so a draw steps forward only over rows inside its own cell.
    @Test(arguments: tables.indices)
    func theGuideStartsEachCellAtTheLastRowBelowIt(_ index: Int) {
        let (name, p, v) = Self.tables[index]
        let table = EmpiricalQuantiles(probabilities: p, values: v)
        #expect(table.guide.count == 2 * p.count + 1)
        for (j, row) in table.guide.enumerated() {
            let edge = Double(j) / table.cells
            let r = Int(row)
            #expect(r == 0 || p[r] < edge, "\(name): cell \(j)")
            #expect(r + 1 >= p.count || p[r + 1] >= edge, "\(name): cell \(j)")
        }
    }
}

import Testing
@testable import SimKernel

/// A table whose rows are spread evenly in p starts each draw at a computed row (no guide
/// read); one with rows clustered far closer than a grid cell keeps the guide. Either way
/// every draw equals the binary search's (`EmpiricalGuideTableTests`).
@Suite struct EmpiricalDirectStartTests {
    @Test func anEvenTableStartsDirectlyAClusteredOneAtTheGuide() {
        let n = 2_000
        let grid = (1...n).map { Double($0) / Double(n) }
        let even = EmpiricalQuantiles(probabilities: grid, values: grid.map { $0 * 1e6 })
        #expect(even.directScale > 0)
        var clustered: [Double] = [0.1]
        for k in 1...500 { clustered.append(0.5 + Double(k) * 1e-9) }
        clustered += [0.75, 0.999_999, 1]
        let uneven = EmpiricalQuantiles(probabilities: clustered, values: clustered.indices.map { Double($0) })
        #expect(uneven.directScale == 0)
    }
}

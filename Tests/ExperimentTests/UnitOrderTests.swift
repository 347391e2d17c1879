import Testing
@testable import Experiment

/// The order `RunExecutor` starts units in: unmeasured strategies first, then longest first,
/// within a window of replications. Worked by hand on two strategies (A, B) whose units take
/// 1 s (A) and 2 s (B).
@Suite struct UnitOrderTests {
    /// Units: r0A = 0, r0B = 1, r1A = 2, r1B = 3, r2A = 4, r2B = 5.
    /// Both unmeasured: 0 and 1 start. A measured at 1 s, B not: B's r1B (3) is next. B
    /// measured at 2 s: the remaining B (r2B = 5) before the As (2, then 4).
    @Test func startsUnmeasuredThenLongestFirst() {
        var order = UnitOrder(replications: 3, strategies: 2, window: 4)
        #expect(order.next() == 0)
        #expect(order.next() == 1)
        order.finished(0, seconds: 1)
        #expect(order.next() == 3)
        order.finished(1, seconds: 2)
        #expect(order.next() == 5)
        #expect(order.next() == 2)
        #expect(order.next() == 4)
        #expect(order.next() == nil)
    }

    /// Two cores, three replications of A (1 s) and B (3 s): 12 s of work, so 6 s at best.
    /// Plain order: 0 (0-1), 1 (0-3), 2 (1-2), 3 (2-5), 4 (3-4), 5 (4-7): ends at 7 s.
    /// Longest first, learning the lengths as units end: 0 (0-1), 1 (0-3), then B unmeasured:
    /// 3 (1-4); B measured at 3 s: 5 (3-6); then 2 (4-5), 4 (5-6): ends at 6 s.
    @Test func longestFirstBalancesTwoCores() {
        func length(_ unit: Int) -> Double { unit % 2 == 0 ? 1 : 3 }
        func makespan(learning: Bool, _ pick: (inout UnitOrder) -> Int?) -> Double {
            var order = UnitOrder(replications: 3, strategies: 2, window: 6)
            var running: [(unit: Int, end: Double)] = []
            for _ in 0..<2 { if let u = pick(&order) { running.append((u, length(u))) } }
            var end = 0.0
            while !running.isEmpty {
                running.sort { $0.end < $1.end }
                let (u, t) = running.removeFirst()
                end = max(end, t)
                if learning { order.finished(u, seconds: length(u)) }
                if let next = pick(&order) { running.append((next, t + length(next))) }
            }
            return end
        }
        var plain = 0
        let inOrder = makespan(learning: false) { _ in
            defer { plain += 1 }
            return plain < 6 ? plain : nil
        }
        #expect(inOrder == 7)
        #expect(makespan(learning: true) { $0.next() } == 6)
    }
}

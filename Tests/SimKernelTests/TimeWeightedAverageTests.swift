import Testing
@testable import SimKernel

@Suite struct TimeWeightedAverageTests {
    let s = SimTime.nanosecondsPerSecond

    /// Queue length 0 on [0, 2) s, 3 on [2, 5), 1 on [5, 6), 0 after: area 9 + 1 = 10.
    @Test func handWorkedSignal() {
        var q = TimeWeightedAverage()
        q.record(3, at: SimTime(nanoseconds: 2 * s))
        q.record(1, at: SimTime(nanoseconds: 5 * s))
        q.record(0, at: SimTime(nanoseconds: 6 * s))
        #expect(q.integral(until: SimTime(nanoseconds: 10 * s)) == 10)
        #expect(q.mean(until: SimTime(nanoseconds: 10 * s)) == 1)
        #expect(q.maximum == 3)
        var early = TimeWeightedAverage()
        early.record(3, at: SimTime(nanoseconds: 2 * s))
        // Until 5 s: 3 × 3 s over 5 s.
        #expect(early.mean(until: SimTime(nanoseconds: 5 * s)) == 9.0 / 5)
    }

    @Test func restartDropsTheWarmUp() {
        var q = TimeWeightedAverage(value: 4, at: .zero)
        q.record(1, at: SimTime(nanoseconds: 5 * s))
        q.restart(at: SimTime(nanoseconds: 6 * s))
        q.record(3, at: SimTime(nanoseconds: 8 * s))
        // After the restart: 1 on [6, 8), 3 on [8, 10): 8 over 4 s.
        #expect(q.mean(until: SimTime(nanoseconds: 10 * s)) == 2)
        #expect(q.maximum == 3)
        #expect(q.start == SimTime(nanoseconds: 6 * s) && q.current == 3)
    }

    @Test func emptyWindowGivesTheCurrentValue() {
        let q = TimeWeightedAverage(value: 7, at: SimTime(nanoseconds: 3))
        #expect(q.mean(until: SimTime(nanoseconds: 3)) == 7)
    }
}

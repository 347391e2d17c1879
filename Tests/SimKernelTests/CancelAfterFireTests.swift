import Testing
@testable import SimKernel

/// Cancelling an event that has already left the queue (fired, being handled, or skipped as
/// cancelled) is a no-op returning false, and `pendingCount` stays exact.
@Suite struct CancelAfterFireTests {
    struct Recorder: EventHandler {
        var seen: [UInt32] = []
        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            seen.append(event.kind)
        }
    }

    @Test(arguments: EventQueueKind.allCases)
    func cancellingAFiredEventDoesNothing(kind: EventQueueKind) {
        func check<Queue: EventQueue>(_: Queue.Type) {
            var simulator = Simulator<Queue>()
            let first = simulator.schedule(at: SimTime(nanoseconds: 10), kind: 1)
            simulator.schedule(at: SimTime(nanoseconds: 30), kind: 2)
            var recorder = Recorder()
            simulator.run(until: SimTime(nanoseconds: 20), handler: &recorder)
            #expect(recorder.seen == [1])
            let late = simulator.cancel(first)
            #expect(!late, "the event has fired: nothing to cancel")
            #expect(simulator.pendingCount == 1)
            #expect(simulator.cancelled.isEmpty, "a fired event must not linger in the cancelled set")
            simulator.run(handler: &recorder)
            #expect(recorder.seen == [1, 2])
            #expect(simulator.pendingCount == 0)
        }
        switch kind {
        case .radixHeap: check(RadixHeapQueue.self)
        case .quaternaryHeap: check(QuaternaryHeapQueue.self)
        case .binaryHeap: check(BinaryHeapQueue.self)
        case .collectionsHeap: check(CollectionsHeapQueue.self)
        }
    }

    @Test func cancellingASkippedEventAgainDoesNothing() {
        var simulator = Simulator<DefaultEventQueue>()
        let doomed = simulator.schedule(at: SimTime(nanoseconds: 10), kind: 1)
        simulator.schedule(at: SimTime(nanoseconds: 30), kind: 2)
        let cancelled = simulator.cancel(doomed)
        #expect(cancelled)
        #expect(simulator.pendingCount == 1)
        var recorder = Recorder()
        simulator.run(until: SimTime(nanoseconds: 20), handler: &recorder)
        #expect(recorder.seen.isEmpty)
        let again = simulator.cancel(doomed)
        #expect(!again, "skipped already")
        #expect(simulator.pendingCount == 1)
    }

    /// A handler cancelling the event it is handling (a timeout that cancels itself), with
    /// an id rebuilt from the bare sequence: still recognised.
    struct SelfCanceller: EventHandler {
        var results: [Bool] = []
        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            results.append(simulator.cancel(EventID(sequence: event.sequence)))
            results.append(simulator.cancel(EventID(sequence: event.sequence, time: event.time)))
        }
    }

    @Test func cancellingTheEventBeingHandledDoesNothing() {
        var simulator = Simulator<DefaultEventQueue>()
        simulator.schedule(at: SimTime(nanoseconds: 5), kind: 1)
        simulator.schedule(at: SimTime(nanoseconds: 5), kind: 2)
        var handler = SelfCanceller()
        let outcome = simulator.run(handler: &handler)
        #expect(outcome == .drained)
        #expect(handler.results == [false, false, false, false])
        #expect(simulator.eventsProcessed == 2)
        #expect(simulator.pendingCount == 0)
    }

    /// Equal times: the later-scheduled event at the same instant is still pending while the
    /// earlier one is handled.
    struct SiblingCanceller: EventHandler {
        var sibling: EventID?
        var result: Bool?
        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            if let sibling, result == nil { result = simulator.cancel(sibling) }
        }
    }

    @Test func aLaterEventAtTheSameInstantCanStillBeCancelled() {
        var simulator = Simulator<DefaultEventQueue>()
        simulator.schedule(at: SimTime(nanoseconds: 5), kind: 1)
        let second = simulator.schedule(at: SimTime(nanoseconds: 5), kind: 2)
        var handler = SiblingCanceller(sibling: second)
        simulator.run(handler: &handler)
        #expect(handler.result == true)
        #expect(simulator.eventsProcessed == 1)
        #expect(simulator.pendingCount == 0)
    }
}

import Testing
@testable import SimKernel

/// Every queue against a sorted reference, over long random interleavings of push, pop and
/// (through the simulator) cancel, with many equal times. The invariant check runs after
/// every operation.
@Suite struct EventQueuePropertyTests {
    /// A deliberately naive reference: an array scanned for the earliest (time, sequence).
    struct ReferenceQueue {
        var events: [Event] = []
        mutating func push(_ e: Event) { events.append(e) }
        mutating func popMin() -> Event? {
            guard let i = events.indices.min(by: { events[$0].precedes(events[$1]) }) else { return nil }
            return events.remove(at: i)
        }
    }

    static func exerciseRawQueue<Queue: EventQueue>(_ type: Queue.Type, seed: UInt64, operations: Int,
                                                    spread: Int) {
        let stream = RandomStream(runSeed: seed, purpose: "test.queue.\(Queue.name)")
        let queue = Queue()
        var reference = ReferenceQueue()
        var now: Int64 = 0
        var sequence: UInt64 = 0
        for step in 0..<operations {
            // Bias towards pushes early so the queue grows, then balance.
            let pushProbability = step < operations / 3 ? 0.7 : 0.5
            if stream.bernoulli(pushProbability) || reference.events.isEmpty {
                let time = now + Int64(stream.integer(below: spread))   // spread 3 => many ties
                let e = Event(time: time, sequence: sequence, kind: UInt32(step % 7), target: UInt32(step))
                sequence += 1
                // The hint (for this push, or for a time never pushed) changes nothing.
                queue.prepareToPush(at: step % 2 == 0 ? time : now + Int64(stream.integer(below: spread)))
                queue.push(e)
                reference.push(e)
            } else {
                let expected = reference.popMin()
                let actual = queue.popMin()
                #expect(actual == expected, "step \(step): \(String(describing: actual)) != \(String(describing: expected))")
                if let t = expected?.time { now = t }
            }
            #expect(queue.count == reference.events.count)
            // A peek (which may refill first) announces exactly the next event, or nothing;
            // pushes after it must still come out in order.
            let earliest = reference.events.min(by: { $0.precedes($1) })
            if let peeked = queue.peekBuffered() { #expect(peeked == earliest, "step \(step): peek") }
            #expect(queue.minTime() == earliest?.time)
            queue.checkInvariants()
        }
        // Drain: everything comes out in order.
        while let expected = reference.popMin() {
            #expect(queue.popMin() == expected)
        }
        #expect(queue.popMin() == nil)
        #expect(queue.isEmpty)
    }

    static func exercise(_ kind: EventQueueKind, _ body: (any EventQueue.Type) -> Void) {
        switch kind {
        case .radixHeap: body(RadixHeapQueue.self)
        case .quaternaryHeap: body(QuaternaryHeapQueue.self)
        case .binaryHeap: body(BinaryHeapQueue.self)
        case .collectionsHeap: body(CollectionsHeapQueue.self)
        }
    }

    @Test(arguments: EventQueueKind.allCases, [3, 300, 1_000, 1 << 20, 1 << 40])
    func pushPopMatchesSortedReference(kind: EventQueueKind, spread: Int) {
        Self.exercise(kind) { type in
            Self.exerciseRawQueue(type, seed: 7, operations: 3_000, spread: spread)
        }
    }

    /// A burst of events at one instant comes out in insertion order, even after the queue
    /// has reorganised itself (the radix heap's redistribution sorts them back).
    /// The radix heap announces the next event even when its run has just emptied (the
    /// usual case on a sparse queue, where a run holds one event), so a model's prefetch
    /// for the next event happens for every event.
    @Test func radixHeapAnnouncesEveryNextEvent() {
        let queue = RadixHeapQueue()
        let stream = RandomStream(runSeed: 5, purpose: "test.queue.peek")
        var sequence: UInt64 = 0
        for _ in 0..<1_000 {
            queue.push(Event(time: Int64(stream.integer(below: 1 << 30)), sequence: sequence, kind: 0, target: 0))
            sequence += 1
        }
        var announced = 0, popped = 0
        while let event = queue.popMin() {
            popped += 1
            if let next = queue.peekBuffered() {
                announced += 1
                #expect(!next.precedes(event))
            }
        }
        #expect(popped == 1_000)
        #expect(announced == 999)
    }

    @Test(arguments: EventQueueKind.allCases)
    func equalTimesLeaveInInsertionOrder(kind: EventQueueKind) {
        Self.exercise(kind) { type in
            let queue = type.init()
            var sequence: UInt64 = 0
            // Interleave two instants so later pushes land behind earlier redistributions.
            for round in 0..<3 {
                for _ in 0..<100 {
                    queue.push(Event(time: 1_000 * Int64(round + 1), sequence: sequence, kind: 0))
                    queue.push(Event(time: 5_000, sequence: sequence + 1, kind: 0))
                    sequence += 2
                }
            }
            var last: Event?
            while let e = queue.popMin() {
                if let l = last { #expect(l.precedes(e)) }
                last = e
            }
            #expect(sequence == 600)
        }
    }

    /// A sparse queue, then bursts scheduled out of order close to the present: the radix
    /// heap's run (taken from a small bucket whose events lie far apart) receives many
    /// insertions in its middle and must spill back into the buckets; every queue must still
    /// agree with the sorted reference.
    @Test(arguments: EventQueueKind.allCases)
    func outOfOrderBurstsAfterASparseQueue(kind: EventQueueKind) {
        Self.exercise(kind) { type in
            let stream = RandomStream(runSeed: 5, purpose: "test.queue.bursts.\(type.name)")
            let queue = type.init()
            var reference = ReferenceQueue()
            var sequence: UInt64 = 0
            var now: Int64 = 0
            func push(_ time: Int64) {
                let e = Event(time: time, sequence: sequence, kind: 0, target: UInt32(truncatingIfNeeded: sequence))
                sequence += 1
                queue.push(e)
                reference.push(e)
            }
            func pop() {
                let expected = reference.popMin()
                #expect(queue.popMin() == expected)
                if let t = expected?.time { now = t }
                queue.checkInvariants()
            }
            for _ in 0..<6 {
                // Two events far ahead, in one bucket relative to now but far from each other.
                let far = ((now >> 30) + 1) << 30
                push(far + 5)
                push(far + (1 << 23))
                while reference.events.count > 1 { pop() }   // up to far + 5
                // A burst between them, in random order, with pops in between.
                for step in 0..<400 {
                    push(now + 1 + Int64(stream.integer(below: 1 << 23)))
                    if step % 5 == 4 { pop() }
                    queue.checkInvariants()
                }
                #expect(queue.count == reference.events.count)
            }
            while !reference.events.isEmpty { pop() }
            #expect(queue.popMin() == nil)
        }
    }

    // MARK: Through the simulator: scheduling, cancelling, the clock.

    struct Recorder: EventHandler {
        var seen: [Event] = []
        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            #expect(simulator.now.nanoseconds == event.time)
            seen.append(event)
        }
    }

    static func exerciseSimulator<Queue: EventQueue>(_ type: Queue.Type, seed: UInt64) {
        let stream = RandomStream(runSeed: seed, purpose: "test.simulator.\(Queue.name)")
        var simulator = Simulator<Queue>()
        var reference = ReferenceQueue()
        var pending: [EventID] = []
        var recorder = Recorder()
        for step in 0..<2_000 {
            let r = stream.uniform()
            if r < 0.5 {
                let delay = SimTime(nanoseconds: Int64(stream.integer(below: 4)))
                let id = simulator.schedule(after: delay, kind: 1, target: UInt32(step))
                pending.append(id)
                reference.push(Event(time: simulator.now.nanoseconds + delay.nanoseconds,
                                     sequence: id.sequence, kind: 1, target: UInt32(step)))
            } else if r < 0.65, !pending.isEmpty {
                let victim = pending.remove(at: stream.integer(below: pending.count))
                let first = simulator.cancel(victim)
                let second = simulator.cancel(victim)
                #expect(first)
                #expect(!second, "a second cancel reports nothing to do")
                reference.events.removeAll { $0.sequence == victim.sequence }
            } else {
                // Advance the clock to the reference's next event and run exactly to it.
                guard let next = reference.events.min(by: { $0.precedes($1) }) else { continue }
                let before = recorder.seen.count
                simulator.run(until: SimTime(nanoseconds: next.time), handler: &recorder)
                var expected: [Event] = []
                while let e = reference.events.min(by: { $0.precedes($1) }), e.time <= next.time {
                    expected.append(reference.popMin()!)
                }
                let got = Array(recorder.seen[before...])
                #expect(got == expected)
                let fired = Set(got.map(\.sequence))
                pending.removeAll { fired.contains($0.sequence) }
                #expect(simulator.now.nanoseconds == next.time)
            }
            #expect(simulator.pendingCount == reference.events.count)
            simulator.queue.checkInvariants()
        }
        let outcome = simulator.run(handler: &recorder)
        #expect(outcome == .drained)
        #expect(simulator.eventsProcessed == UInt64(recorder.seen.count))
    }

    @Test(arguments: EventQueueKind.allCases)
    func simulatorScheduleCancelRunMatchesReference(kind: EventQueueKind) {
        Self.exercise(kind) { type in Self.exerciseSimulator(type, seed: 11) }
    }

    @Test func runUntilStopsBeforeLaterEventsAndKeepsThem() {
        var simulator = Simulator<RadixHeapQueue>()
        simulator.schedule(at: SimTime(nanoseconds: 10), kind: 1)
        simulator.schedule(at: SimTime(nanoseconds: 30), kind: 2)
        var recorder = Recorder()
        let outcome = simulator.run(until: SimTime(nanoseconds: 20), handler: &recorder)
        #expect(outcome == .reachedEnd)
        #expect(recorder.seen.map(\.kind) == [1])
        #expect(simulator.now == SimTime(nanoseconds: 20))
        #expect(simulator.pendingCount == 1)
        let rest = simulator.run(handler: &recorder)
        #expect(rest == .drained)
        #expect(recorder.seen.map(\.kind) == [1, 2])
        #expect(simulator.eventsProcessed == 2)
    }

    struct Stopper: EventHandler {
        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            if event.kind == 9 { simulator.stop() }
        }
    }

    @Test func stopReturnsAfterTheCurrentEvent() {
        var simulator = Simulator<BinaryHeapQueue>()
        for (t, k) in [(1, 0), (2, 9), (3, 0)] { simulator.schedule(at: SimTime(nanoseconds: Int64(t)), kind: UInt32(k)) }
        var stopper = Stopper()
        let outcome = simulator.run(handler: &stopper)
        #expect(outcome == .stopped)
        #expect(simulator.now == SimTime(nanoseconds: 2))
        #expect(simulator.pendingCount == 1)
    }
}

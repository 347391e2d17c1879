import SimKernel

/// The hold model through the whole engine, as a user's model would run: the simulator's
/// run loop pops each event and hands it to a handler, which draws an exponential
/// increment from GSL and schedules the next event. The figure per hold therefore
/// includes the draw (about 10 ns), dispatch and the queue: it is the number to compare
/// with ns-3's or SimPy's event loops.
///
/// The increments have a mean of one second (10^9 ns), as in the field benchmark's ns-3,
/// C++ and SimPy programs (`bench/peers/hold_rng.h`), so every engine holds the same
/// spread of times. (A radix heap's work depends on it: how far apart the pending events
/// lie decides how many buckets they fill.)
public struct EngineHoldBenchmark: Sendable {
    public var n: Int
    public var holds: Int
    public var seed: UInt64
    /// The mean increment, ns.
    public var meanIncrement: Double

    public init(n: Int, holds: Int, seed: UInt64 = 1, meanIncrement: Double = 1e9) {
        self.n = n
        self.holds = holds
        self.seed = seed
        self.meanIncrement = meanIncrement
    }

    /// The model: each event reschedules itself one exponential increment later.
    struct Rescheduler: EventHandler {
        let stream: RandomStream
        let mean: Double
        var remaining: Int

        mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
            let delay = Int64(stream.exponential(mean: mean))
            simulator.schedule(after: SimTime(nanoseconds: delay), kind: event.kind, target: event.target)
            remaining &-= 1
            if remaining == 0 { simulator.stop() }
        }
    }

    public func measure(_ kind: EventQueueKind) -> HoldBenchmark.Result {
        switch kind {
        case .radixHeap: return measure(RadixHeapQueue.self)
        case .quaternaryHeap: return measure(QuaternaryHeapQueue.self)
        case .binaryHeap: return measure(BinaryHeapQueue.self)
        case .collectionsHeap: return measure(CollectionsHeapQueue.self)
        }
    }

    public func measure<Queue: EventQueue>(_ type: Queue.Type) -> HoldBenchmark.Result {
        let mean = meanIncrement
        let stream = RandomStream(runSeed: seed, purpose: "bench.engine-hold")
        var simulator = Simulator<Queue>()
        simulator.queue.reserveCapacity(n)
        for i in 0..<n {
            simulator.schedule(at: SimTime(nanoseconds: Int64(stream.exponential(mean: mean))),
                               kind: 0, target: UInt32(truncatingIfNeeded: i))
        }
        var warmUp = Rescheduler(stream: stream, mean: mean, remaining: Swift.max(1, Swift.min(n, 1_000_000)))
        simulator.run(handler: &warmUp)
        var model = Rescheduler(stream: stream, mean: mean, remaining: holds)
        let clock = ContinuousClock()
        let start = clock.now
        simulator.run(handler: &model)
        let elapsed = clock.now - start
        precondition(simulator.pendingCount == n, "engine hold benchmark lost events")
        let seconds = elapsed.inSeconds
        return HoldBenchmark.Result(queue: Queue.name, n: n, increments: .exponential, holds: holds,
                                    seconds: seconds)
    }
}

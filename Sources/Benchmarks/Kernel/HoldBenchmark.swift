import SimKernel

/// The hold model, run directly against an event queue: fill it with `n` events at
/// independent increment-distributed times, then repeat "pop the earliest, push one at its
/// time plus a new increment". The queue size stays at `n`, which is what makes it the
/// standard way to compare priority queues for simulation.
///
/// Increments are drawn ahead of time into a small table (16 Ki entries, cycled) so that
/// the figure measures the queue, not the random-number generator. The mean increment is
/// one millisecond of simulated time.
public struct HoldBenchmark: Sendable {
    /// One measurement.
    public struct Result: Sendable {
        public var queue: String
        public var n: Int
        public var increments: HoldIncrement
        public var holds: Int
        public var seconds: Double
        public var nsPerHold: Double { seconds * 1e9 / Double(holds) }
        public var holdsPerSecond: Double { Double(holds) / seconds }
    }

    public var n: Int
    public var holds: Int
    public var increments: HoldIncrement
    public var seed: UInt64

    public init(n: Int, holds: Int, increments: HoldIncrement, seed: UInt64 = 1) {
        self.n = n
        self.holds = holds
        self.increments = increments
        self.seed = seed
    }

    /// Mean increment: 1 ms in nanoseconds.
    static let meanIncrement = 1_000_000.0
    static let tableSize = 1 << 14

    /// Measures one queue implementation.
    public func measure(_ kind: EventQueueKind) -> Result {
        switch kind {
        case .radixHeap: return measure(RadixHeapQueue.self)
        case .quaternaryHeap: return measure(QuaternaryHeapQueue.self)
        case .binaryHeap: return measure(BinaryHeapQueue.self)
        case .collectionsHeap: return measure(CollectionsHeapQueue.self)
        }
    }

    /// Measures one queue type (specialised per type: no dynamic dispatch in the loop).
    public func measure<Queue: EventQueue>(_ type: Queue.Type) -> Result {
        let stream = RandomStream(runSeed: seed, purpose: "bench.hold.\(increments.rawValue)")
        let table = (0..<Self.tableSize).map { _ in
            Int64((increments.draw(stream) * Self.meanIncrement).rounded())
        }
        let queue = Queue()
        queue.reserveCapacity(n)
        var sequence: UInt64 = 0
        for _ in 0..<n {
            let t = Int64((increments.draw(stream) * Self.meanIncrement).rounded())
            queue.push(Event(time: t, sequence: sequence, kind: 0))
            sequence &+= 1
        }
        // Warm up: enough holds to reach the queue's steady state.
        var cursor = 0
        cursor = Self.hold(queue, times: Swift.min(n, 1_000_000), table: table, cursor: cursor, sequence: &sequence)
        let clock = ContinuousClock()
        let start = clock.now
        cursor = Self.hold(queue, times: holds, table: table, cursor: cursor, sequence: &sequence)
        let elapsed = clock.now - start
        precondition(queue.count == n, "hold benchmark lost events")
        let seconds = elapsed.inSeconds
        return Result(queue: Queue.name, n: n, increments: increments, holds: holds, seconds: seconds)
    }

    @inline(never)
    static func hold<Queue: EventQueue>(_ queue: Queue, times: Int, table: [Int64], cursor: Int,
                                        sequence: inout UInt64) -> Int {
        var cursor = cursor
        let mask = tableSize - 1
        table.withUnsafeBufferPointer { increments in
            for _ in 0..<times {
                var event = queue.popMin().unsafelyUnwrapped
                event.time &+= increments[cursor & mask]
                event.sequence = sequence
                sequence &+= 1
                cursor &+= 1
                queue.push(event)
            }
        }
        return cursor
    }
}

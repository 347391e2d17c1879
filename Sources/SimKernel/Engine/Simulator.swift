/// The run loop: a clock, an event queue and the bookkeeping that makes runs reproducible.
///
/// It pops the earliest event, advances the clock to it and hands it to the model; ties
/// break by insertion order. Events can be cancelled (timeouts, faults): cancellation is
/// lazy, the event stays queued and is skipped when it comes up, so a cancel costs one set
/// insertion and the common path pays one emptiness check. The loop remembers the last
/// event it popped (its time and sequence, which order every event), so cancelling an
/// event that has already fired or been skipped is recognised and does nothing: the
/// cancelled set only ever holds events still queued, and `pendingCount` stays exact.
///
/// `Simulator` is non-copyable: it owns its queue (a reference type), and a copy would
/// silently share it.
public struct Simulator<Queue: EventQueue>: ~Copyable {
    /// The current simulated time: the time of the event being handled.
    @inlinable public var now: SimTime { SimTime(nanoseconds: clock) }
    /// Events handed to the model so far (cancelled ones are not counted).
    @inlinable public var eventsProcessed: UInt64 { handled }

    @usableFromInline var clock: Int64 = 0
    @usableFromInline var handled: UInt64 = 0

    @usableFromInline package let queue: Queue
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var cancelled: Set<UInt64> = []
    /// The last event popped from the queue, handled or skipped (`Int64.min` before the
    /// first): every event at or before it in (time, sequence) order has left the queue.
    @usableFromInline var poppedTime: Int64 = .min
    @usableFromInline var poppedSequence: UInt64 = .max
    @usableFromInline var stopRequested = false

    /// An idle simulator at time zero with an empty queue.
    public init(queue: Queue = Queue()) {
        self.queue = queue
    }

    /// Events scheduled and neither handled nor cancelled yet.
    @inlinable public var pendingCount: Int { queue.count - cancelled.count }

    /// Schedules an event at an absolute time, which must not be in the past.
    @inlinable @discardableResult
    public mutating func schedule(at time: SimTime, kind: UInt32, target: UInt32 = 0,
                                  a: UInt32 = 0, b: UInt32 = 0) -> EventID {
        // Not before now, nor before the last event popped (a cancelled one skipped after
        // the last handled event may lie later than `now`): the queues' contract, and what
        // makes the popped frontier an exact test in `cancel`.
        precondition(time.nanoseconds >= clock && time.nanoseconds >= poppedTime,
                     "scheduling at \(time.nanoseconds) ns, before now (\(clock) ns) or the last popped event")
        let sequence = nextSequence
        nextSequence &+= 1
        queue.push(Event(time: time.nanoseconds, sequence: sequence, kind: kind, target: target, a: a, b: b))
        return EventID(sequence: sequence, time: time.nanoseconds)
    }

    /// Schedules an event `delay` after now (a negative delay is a programming error).
    @inlinable @discardableResult
    public mutating func schedule(after delay: SimTime, kind: UInt32, target: UInt32 = 0,
                                  a: UInt32 = 0, b: UInt32 = 0) -> EventID {
        schedule(at: SimTime(nanoseconds: clock &+ delay.nanoseconds), kind: kind, target: target, a: a, b: b)
    }

    /// A hint that an event at `time` will be scheduled soon, so that the queue can fetch
    /// where it will go while the model works on; changes nothing.
    @inlinable @inline(__always)
    public func prepareToSchedule(at time: SimTime) {
        queue.prepareToPush(at: time.nanoseconds)
    }

    /// Cancels a pending event so it never reaches the model; returns whether it was
    /// pending.
    ///
    /// Cancelling an event that has already fired (including the one being handled) or
    /// was already cancelled does nothing and returns false. An id that was never
    /// scheduled is a programming error and traps.
    @inlinable @discardableResult
    public mutating func cancel(_ id: EventID) -> Bool {
        precondition(id.sequence < nextSequence, "cancelling an event that was never scheduled")
        if hasLeftQueue(id) { return false }
        return cancelled.insert(id.sequence).inserted
    }

    /// Whether the event has been popped: it is the last one popped, or it lies at or
    /// before that one in (time, sequence) order, which is the order of popping.
    @inlinable func hasLeftQueue(_ id: EventID) -> Bool {
        id.sequence == poppedSequence
            || id.time < poppedTime || (id.time == poppedTime && id.sequence <= poppedSequence)
    }

    /// Asks the loop to return after the current event.
    @inlinable public mutating func stop() { stopRequested = true }

    /// Removes the next live event and advances the clock to it, or returns nil when none
    /// is pending at or before `end`.
    @inlinable @inline(__always)
    mutating func nextEvent(notAfter end: Int64) -> Event? {
        while let t = queue.minTime(), t <= end {
            let event = queue.popMin().unsafelyUnwrapped
            poppedTime = event.time
            poppedSequence = event.sequence
            if !cancelled.isEmpty && cancelled.remove(event.sequence) != nil { continue }
            clock = event.time
            handled &+= 1
            return event
        }
        return nil
    }

    /// Runs events in order until the queue drains, `stop()` is called, or the next event
    /// would be later than `end`; the clock then stands at `end` (or at the last event when
    /// the queue drained or the model stopped).
    @inlinable @discardableResult
    public mutating func run<Handler: EventHandler>(until end: SimTime = .never,
                                                    handler: inout Handler) -> RunOutcome {
        stopRequested = false
        if end == .never {
            // Unbounded: pop directly, no peek per event.
            while let event = queue.popMin() {
                poppedTime = event.time
                poppedSequence = event.sequence
                if !cancelled.isEmpty && cancelled.remove(event.sequence) != nil { continue }
                clock = event.time
                handled &+= 1
                if let next = queue.peekBuffered() { handler.anticipate(next) }
                handler.handle(event, in: &self)
                if stopRequested { return .stopped }
            }
            return .drained
        }
        while let event = nextEvent(notAfter: end.nanoseconds) {
            if let next = queue.peekBuffered() { handler.anticipate(next) }
            handler.handle(event, in: &self)
            if stopRequested { return .stopped }
        }
        if queue.count == 0 { return .drained }
        clock = Swift.max(clock, end.nanoseconds)
        return .reachedEnd
    }
}

/// Why `Simulator.run` returned.
public enum RunOutcome: Sendable, Equatable {
    /// No event was left.
    case drained
    /// The next event lies after the requested end time.
    case reachedEnd
    /// The model called `stop()`.
    case stopped
}

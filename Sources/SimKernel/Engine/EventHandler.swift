/// A model: what happens when an event fires. The engine knows nothing else about it.
///
/// The handler receives the simulator itself, `inout`, to read the clock and to schedule
/// or cancel further events. Being generic over the queue keeps the whole loop
/// specialised: no existential boxes or closures on the per-event path.
public protocol EventHandler {
    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>)

    /// Called with the event likely to be handled next (`EventQueue.peekBuffered`), just
    /// before the current one is handled: a model may prefetch the memory that event will
    /// touch (`Prefetch`), so its cache misses overlap the current event's work. Only a
    /// hint: it must change nothing (the current event may schedule an earlier one).
    func anticipate(_ event: Event)
}

extension EventHandler {
    /// No prefetching.
    @inlinable @inline(__always)
    public func anticipate(_ event: Event) {}
}

/// A model: what happens when an event fires. The engine knows nothing else about it.
///
/// The handler receives the simulator itself, `inout`, to read the clock and to schedule
/// or cancel further events. Being generic over the queue keeps the whole loop
/// specialised: no existential boxes or closures on the per-event path.
public protocol EventHandler {
    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>)
}

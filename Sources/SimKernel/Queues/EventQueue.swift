/// A priority queue of events ordered by (time, sequence): the pluggable heart of the
/// engine, in the manner of ns-3's `Scheduler` interface.
///
/// Implementations are reference types that own their storage, so the run loop's inner
/// operations touch raw memory with no copy-on-write or bounds checks. A queue belongs to
/// exactly one simulator. The contract every implementation keeps (and the property tests
/// check against a sorted reference):
///
/// - `popMin` returns the event that no other pending event `precedes`; equal times come
///   out in insertion (sequence) order.
/// - Pushed times are never earlier than the time of the last event popped: simulated time
///   does not go backwards. Queues built for discrete-event workloads rely on it; the
///   simulator enforces it.
public protocol EventQueue: AnyObject {
    /// An empty queue.
    init()
    /// A short stable name, used by `vpcsim bench` and in manifests.
    static var name: String { get }
    /// Pending events (including any a simulator has cancelled but not yet skipped).
    var count: Int { get }
    /// Adds an event.
    func push(_ event: Event)
    /// Removes and returns the earliest event, or nil when empty.
    func popMin() -> Event?
    /// The time of the earliest event without removing it, or nil when empty.
    func minTime() -> Int64?
    /// The earliest event, or nil when the queue would rather not say (nil is always
    /// allowed): what the engine announces to the model as the likely next event. It may do
    /// work the next pop would do, never work that changes what later pops return.
    func peekBuffered() -> Event?
    /// A hint that an event at `time` will be pushed soon: a queue may prefetch where it
    /// will go. Changes nothing.
    func prepareToPush(at time: Int64)
    /// Makes room for `capacity` events at once (an optimisation only).
    func reserveCapacity(_ capacity: Int)
    /// Checks every structural invariant; traps with a message on violation.
    /// Debug builds call it after mutations of small queues; tests call it directly.
    func checkInvariants()
}

extension EventQueue {
    /// None at hand.
    @inlinable public func peekBuffered() -> Event? { nil }

    /// No hint taken.
    @inlinable public func prepareToPush(at time: Int64) {}

    /// True when no event is pending.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Whether debug builds should run the full invariant check after a mutation:
    /// always in tests that ask, automatically only in debug builds and only while the
    /// queue is small, so a debug-built simulation stays usable.
    @inlinable static func shouldAutoCheck(count: Int) -> Bool {
        _isDebugAssertConfiguration() && count <= 512
    }
}

/// Every event queue implementation vpcsim ships, for benchmarks and selection by name.
public enum EventQueueKind: String, CaseIterable, Sendable {
    case radixHeap = "radix-heap"
    case quaternaryHeap = "4-ary-heap"
    case binaryHeap = "binary-heap"
    case collectionsHeap = "collections-heap"

    /// The default, `DefaultEventQueue` by name.
    public static let `default` = EventQueueKind(rawValue: DefaultEventQueue.name)!
}

/// The event queue the simulator runs on unless a benchmark asks for another: the fastest
/// in `vpcsim bench queue` on the project's machine (see README, "Performance"). The one
/// place the choice is made; `EventQueueKind.default` names it.
public typealias DefaultEventQueue = RadixHeapQueue

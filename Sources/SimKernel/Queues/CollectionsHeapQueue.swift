import HeapModule

/// swift-collections' `Heap` (a min-max heap) behind the queue protocol: the off-the-shelf
/// reference the project's own queues are benchmarked against.
public final class CollectionsHeapQueue: EventQueue {
    public static let name = EventQueueKind.collectionsHeap.rawValue

    /// An event ordered by (time, sequence) for `Heap`.
    @usableFromInline
    struct Ordered: Comparable {
        @usableFromInline let event: Event
        @inlinable init(_ event: Event) { self.event = event }
        @inlinable static func < (a: Ordered, b: Ordered) -> Bool { a.event.precedes(b.event) }
        @inlinable static func == (a: Ordered, b: Ordered) -> Bool { a.event.sequence == b.event.sequence }
    }

    @usableFromInline var heap = Heap<Ordered>()

    public init() {}

    @inlinable public var count: Int { heap.count }
    public func reserveCapacity(_ capacity: Int) {}
    @inlinable public func push(_ event: Event) { heap.insert(Ordered(event)) }
    @inlinable public func popMin() -> Event? { heap.popMin()?.event }
    @inlinable public func minTime() -> Int64? { heap.min?.event.time }

    /// Pops a copy dry and checks the order: `Heap` keeps its own invariants internally.
    public func checkInvariants() {
        var copy = heap
        var previous: Event?
        while let next = copy.popMin() {
            if let p = previous {
                precondition(p.precedes(next.event), "collections heap: popped out of order")
            }
            previous = next.event
        }
    }
}

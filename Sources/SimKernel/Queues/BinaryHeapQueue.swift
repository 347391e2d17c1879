/// The baseline: an implicit binary min-heap of whole events, sifted with a hole
/// (one copy per level instead of a swap). O(log n) push and pop.
public final class BinaryHeapQueue: EventQueue {
    public static let name = EventQueueKind.binaryHeap.rawValue

    @usableFromInline var heap = UnsafeGrowableBuffer<Event>(capacity: 64)

    public init() {}
    @inlinable public var count: Int { heap.count }

    public func reserveCapacity(_ capacity: Int) { heap.reserve(capacity) }

    @inlinable public func minTime() -> Int64? { heap.count > 0 ? heap[0].time : nil }

    @inlinable public func push(_ event: Event) {
        heap.append(event)
        let base = heap.elements
        var hole = heap.count &- 1
        while hole > 0 {
            let parent = (hole &- 1) >> 1
            guard event.precedes(base[parent]) else { break }
            base[hole] = base[parent]
            hole = parent
        }
        base[hole] = event
        if Self.shouldAutoCheck(count: heap.count) { checkInvariants() }
    }

    @inlinable public func popMin() -> Event? {
        let n = heap.count
        guard n > 0 else { return nil }
        let base = heap.elements
        let top = base[0]
        let last = base[n &- 1]
        let size = n &- 1
        heap.count = size
        if size > 0 {
            var hole = 0
            while true {
                var child = 2 &* hole &+ 1
                if child >= size { break }
                if child &+ 1 < size && base[child &+ 1].precedes(base[child]) { child &+= 1 }
                guard base[child].precedes(last) else { break }
                base[hole] = base[child]
                hole = child
            }
            base[hole] = last
        }
        if Self.shouldAutoCheck(count: heap.count) { checkInvariants() }
        return top
    }
}

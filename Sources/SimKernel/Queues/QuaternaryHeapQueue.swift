/// A 4-ary min-heap tuned for the event workload: the heap holds only 16-byte keys (time
/// and a slot number), laid out so that the four children of a node share one 64-byte
/// cache line; the events themselves stay put in a slab and never move. A pop compares
/// four keys per level inside one line, walks half the levels of a binary heap, and
/// touches the slab twice (read the winner, free its slot).
///
/// Ties on time are broken by the events' sequence numbers, read from the slab: with
/// continuous delays they are rare, so the common comparison is one integer compare.
public final class QuaternaryHeapQueue: EventQueue {
    public static let name = EventQueueKind.quaternaryHeap.rawValue

    /// The ordering key of an event: 16 bytes, four to a cache line.
    @usableFromInline @frozen
    struct Key {
        @usableFromInline var time: Int64
        @usableFromInline var slot: UInt32
        @usableFromInline var unused: UInt32 = 0
        @inlinable @inline(__always) init(time: Int64, slot: UInt32) {
            self.time = time
            self.slot = slot
        }
    }

    /// Logical index i is stored at `keys[i]` where `keys` starts 3 slots into a 64-byte
    /// aligned block: the children of node i (4i+1 ... 4i+4) then fill one aligned line.
    @usableFromInline static var padding: Int { 3 }

    @usableFromInline var keys: UnsafeMutablePointer<Key>
    @usableFromInline var size = 0
    @usableFromInline var capacity = 0
    /// Events by slot; slots listed in `freeSlots` are unused.
    @usableFromInline var slab = UnsafeGrowableBuffer<Event>(capacity: 64)
    @usableFromInline var freeSlots = UnsafeGrowableBuffer<UInt32>(capacity: 64)

    public init() {
        keys = Self.allocateKeys(capacity: 64)
        capacity = 64
    }

    deinit {
        UnsafeMutableRawPointer(keys - Self.padding).deallocate()
    }

    @inlinable public var count: Int { size }

    @inlinable public func minTime() -> Int64? { size > 0 ? keys[0].time : nil }

    public func reserveCapacity(_ capacity: Int) {
        if capacity > self.capacity { growKeys(to: capacity) }
        slab.reserve(capacity)
    }

    /// Strict order of two keys: time, then the sequence of the events they stand for.
    @inlinable @inline(__always)
    func precedes(_ x: Key, _ y: Key, _ slab: UnsafeElements<Event>) -> Bool {
        x.time < y.time || (x.time == y.time && slab[Int(x.slot)].sequence < slab[Int(y.slot)].sequence)
    }

    @inlinable public func push(_ event: Event) {
        if size == capacity { growKeys(to: capacity &* 2) }
        let slot: UInt32
        if freeSlots.count > 0 {
            slot = freeSlots[freeSlots.count &- 1]
            freeSlots.count &-= 1
            slab[Int(slot)] = event
        } else {
            slot = UInt32(truncatingIfNeeded: slab.count)
            slab.append(event)
        }
        // Locals: writes through the pointers could alias `self` as far as the optimiser
        // knows, so reading the properties in the loop would reload them every step.
        let keys = self.keys
        let events = slab.elements
        let key = Key(time: event.time, slot: slot)
        var hole = size
        size &+= 1
        while hole > 0 {
            let parent = (hole &- 1) >> 2
            guard precedes(key, keys[parent], events) else { break }
            keys[hole] = keys[parent]
            hole = parent
        }
        keys[hole] = key
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
    }

    @inlinable public func popMin() -> Event? {
        guard size > 0 else { return nil }
        let keys = self.keys
        let events = slab.elements
        let top = keys[0]
        size &-= 1
        let n = size
        if n > 0 {
            // Floyd's bottom-up deletion: walk the hole down to a leaf along the smallest
            // children without comparing against the displaced last key (which almost
            // always belongs near the bottom), then sift that key up from there.
            let lastKey = keys[n]
            var hole = 0
            while true {
                let first = (hole &<< 2) &+ 1
                if first >= n { break }
                var best = first
                var bestKey = keys[first]
                let end = Swift.min(first &+ 4, n)
                var c = first &+ 1
                while c < end {
                    let k = keys[c]
                    if precedes(k, bestKey, events) { best = c; bestKey = k }
                    c &+= 1
                }
                keys[hole] = bestKey
                hole = best
            }
            while hole > 0 {
                let parent = (hole &- 1) >> 2
                guard precedes(lastKey, keys[parent], events) else { break }
                keys[hole] = keys[parent]
                hole = parent
            }
            keys[hole] = lastKey
        }
        let event = events[Int(top.slot)]
        freeSlots.append(top.slot)
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
        return event
    }

    @usableFromInline static func allocateKeys(capacity: Int) -> UnsafeMutablePointer<Key> {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: (capacity + padding) * MemoryLayout<Key>.stride, alignment: 64)
        return raw.bindMemory(to: Key.self, capacity: capacity + padding) + padding
    }

    @usableFromInline @inline(never)
    func growKeys(to newCapacity: Int) {
        let fresh = Self.allocateKeys(capacity: newCapacity)
        fresh.moveInitialize(from: keys, count: size)
        UnsafeMutableRawPointer(keys - Self.padding).deallocate()
        keys = fresh
        capacity = newCapacity
    }
}

/// A growable run of `Element`s in manually managed memory, for the queues' inner loops:
/// no copy-on-write checks, no bounds checks in release builds, no reference counting.
///
/// It is a plain struct holding a pointer: its owner (a queue class) must call `free()`
/// exactly once, in its `deinit`, and must never copy it to another owner.
@usableFromInline
struct UnsafeGrowableBuffer<Element> {
    @usableFromInline var base: UnsafeMutablePointer<Element>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int

    @inlinable init(capacity: Int = 16) {
        let cap = max(capacity, 1)
        base = .allocate(capacity: cap)
        count = 0
        self.capacity = cap
    }

    @inlinable subscript(i: Int) -> Element {
        @inline(__always) get {
            assert(i >= 0 && i < count, "index \(i) out of 0..<\(count)")
            return base[i]
        }
        @inline(__always) nonmutating set {
            assert(i >= 0 && i < count, "index \(i) out of 0..<\(count)")
            base[i] = newValue
        }
    }

    /// Appends, doubling the allocation when full (amortised O(1)).
    @inlinable @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: capacity &* 2) }
        (base + count).initialize(to: element)
        count &+= 1
    }

    @inlinable mutating func reserve(_ minimumCapacity: Int) {
        if minimumCapacity > capacity { grow(to: minimumCapacity) }
    }

    @inlinable @inline(never)
    mutating func grow(to newCapacity: Int) {
        let fresh = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        fresh.moveInitialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = newCapacity
    }

    /// Forgets the elements (they are plain data: nothing to deinitialise).
    @inlinable mutating func removeAll() { count = 0 }

    @inlinable func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

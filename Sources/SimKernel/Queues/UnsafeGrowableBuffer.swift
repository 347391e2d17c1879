#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of plain-data `Element`s in manually managed memory, for the queues'
/// inner loops: no copy-on-write checks, no bounds checks in release builds, no reference
/// counting.
///
/// Memory comes from `malloc` and grows with `realloc`, which for large blocks remaps pages
/// instead of copying them, so growing a bucket of a million events neither copies 32 MB
/// nor holds the old and new blocks at once. Elements must be trivial (plain integers and
/// structs of them): they are moved as raw bytes and never deinitialised.
///
/// It is a plain struct holding a pointer: its owner (a queue class) must call `free()`
/// exactly once, in its `deinit`, and must never copy it to another owner.
@usableFromInline
struct UnsafeGrowableBuffer<Element> {
    @usableFromInline var base: UnsafeMutablePointer<Element>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int

    @inlinable init(capacity: Int = 16) {
        assert(_isPOD(Element.self), "UnsafeGrowableBuffer holds plain data only")
        let cap = Swift.max(capacity, 1)
        base = Self.reallocate(nil, capacity: cap)
        count = 0
        self.capacity = cap
    }

    @inlinable static func reallocate(_ pointer: UnsafeMutablePointer<Element>?, capacity: Int)
        -> UnsafeMutablePointer<Element> {
        let bytes = capacity * MemoryLayout<Element>.stride
        guard let raw = realloc(pointer.map(UnsafeMutableRawPointer.init), bytes) else {
            fatalError("out of memory growing an event buffer to \(bytes) bytes")
        }
        return raw.bindMemory(to: Element.self, capacity: capacity)
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
        base = Self.reallocate(base, capacity: newCapacity)
        capacity = newCapacity
    }

    /// Forgets the elements and gives back the memory of a large allocation, keeping a
    /// small one; a queue calls it on a bucket it has just emptied, so that capacity grown
    /// for a burst does not stay reserved for the rest of the run.
    @inlinable mutating func removeAllReleasingLargeStorage(above threshold: Int) {
        count = 0
        guard capacity > threshold else { return }
        capacity = 16
        base = Self.reallocate(base, capacity: capacity)
    }

    /// Forgets the elements (plain data: nothing to deinitialise).
    @inlinable mutating func removeAll() { count = 0 }

    @inlinable func free() {
        #if canImport(Glibc)
        Glibc.free(base)
        #else
        Darwin.free(base)
        #endif
    }
}

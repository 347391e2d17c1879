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
/// The buffer is non-copyable and owns its memory: a copy would share the block and free it
/// twice, so the compiler refuses one, and `deinit` gives the memory back. Elements are read
/// and written only through `UnsafeElements` (its subscript asserts the index in debug
/// builds), never through the raw pointer.
@usableFromInline
struct UnsafeGrowableBuffer<Element>: ~Copyable {
    /// The block; read it only through `elements` or the subscript.
    @usableFromInline var storage: UnsafeMutablePointer<Element>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int

    @inlinable init(capacity: Int = 16) {
        assert(_isPOD(Element.self), "UnsafeGrowableBuffer holds plain data only")
        let cap = Swift.max(capacity, 1)
        storage = Self.reallocate(nil, capacity: cap)
        count = 0
        self.capacity = cap
    }

    @inlinable deinit {
        #if canImport(Glibc)
        Glibc.free(storage)
        #else
        Darwin.free(storage)
        #endif
    }

    @inlinable static func reallocate(_ pointer: UnsafeMutablePointer<Element>?, capacity: Int)
        -> UnsafeMutablePointer<Element> {
        let bytes = capacity * MemoryLayout<Element>.stride
        guard let raw = realloc(pointer.map(UnsafeMutableRawPointer.init), bytes) else {
            fatalError("out of memory growing an event buffer to \(bytes) bytes")
        }
        return raw.bindMemory(to: Element.self, capacity: capacity)
    }

    /// The current elements, as a view an inner loop can keep in a local (stores through
    /// it cannot alias the owner's fields). Valid until the next append, reserve or release.
    @inlinable var elements: UnsafeElements<Element> {
        @inline(__always) get { UnsafeElements(storage, count: count) }
    }

    /// Room for `minimumCapacity` elements, all addressable: the view a loop writes into
    /// before it sets `count` (plain data: the slots need no initialisation).
    @inlinable mutating func slots(_ minimumCapacity: Int) -> UnsafeElements<Element> {
        reserve(minimumCapacity)
        return UnsafeElements(storage, count: minimumCapacity)
    }

    @inlinable subscript(i: Int) -> Element {
        @inline(__always) get { elements[i] }
        @inline(__always) nonmutating set { elements[i] = newValue }
    }

    /// Appends, doubling the allocation when full (amortised O(1)).
    @inlinable @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: capacity &* 2) }
        (storage + count).initialize(to: element)
        count &+= 1
    }

    @inlinable mutating func reserve(_ minimumCapacity: Int) {
        if minimumCapacity > capacity { grow(to: minimumCapacity) }
    }

    @inlinable @inline(never)
    mutating func grow(to newCapacity: Int) {
        storage = Self.reallocate(storage, capacity: newCapacity)
        capacity = newCapacity
    }

    /// Forgets the elements and gives back the memory of a large allocation, keeping a
    /// small one; a queue calls it on a bucket it has just emptied, so that capacity grown
    /// for a burst does not stay reserved for the rest of the run.
    @inlinable mutating func removeAllReleasingLargeStorage(above threshold: Int) {
        count = 0
        guard capacity > threshold else { return }
        capacity = 16
        storage = Self.reallocate(storage, capacity: capacity)
    }

    /// Forgets the elements (plain data: nothing to deinitialise).
    @inlinable mutating func removeAll() { count = 0 }
}

/// A borrowed view of an `UnsafeGrowableBuffer`'s elements: the one accessor through which
/// the queues read and write raw event memory.
///
/// Its subscript asserts `0 <= i < count` in debug builds (where tests and debug runs catch
/// an index off by one) and compiles to a plain load or store in release builds. A view
/// owns nothing and is valid only while its buffer is neither grown nor released; it is
/// copyable so that an inner loop can hold it in a local, which the optimiser knows cannot
/// alias the queue's own fields.
@frozen @usableFromInline
struct UnsafeElements<Element> {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    /// The addressable elements: indexes below it are valid.
    @usableFromInline let count: Int

    @inlinable @inline(__always)
    init(_ base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
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

    /// The first `n` elements as a buffer pointer, for the standard library's sort.
    @inlinable func prefix(_ n: Int) -> UnsafeMutableBufferPointer<Element> {
        assert(n >= 0 && n <= count, "prefix \(n) of \(count) elements")
        return UnsafeMutableBufferPointer(start: base, count: n)
    }
}

import CGSL

/// Hints to the processor that memory will be read soon, so that a cache miss is paid
/// while other work runs (the engine announces the next event, `EventHandler.anticipate`,
/// and a model prefetches what that event will touch). A hint changes no result; indexes
/// out of range are ignored, so no address outside the array is ever formed.
public enum Prefetch {
    /// The cache lines of `array[index]` (its first and last byte: an element need not
    /// start a line).
    @inlinable @inline(__always)
    public static func element<Element>(of array: [Element], at index: Int) {
        guard index >= 0 && index < array.count else { return }
        array.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let first = UnsafeRawPointer(base + index)
            vpcsim_prefetch(first)
            if MemoryLayout<Element>.size > 1 { vpcsim_prefetch(first + (MemoryLayout<Element>.size - 1)) }
        }
    }
}

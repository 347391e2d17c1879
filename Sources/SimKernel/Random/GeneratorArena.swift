import CGSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Many small random streams laid out side by side in one allocation, in groups: the
/// streams of one group (say, the five purposes of one demand) share as few cache lines as
/// their states fill, so a request that draws from each of them touches neighbouring memory
/// instead of chasing a `RandomStream` object, its `gsl_rng` and that generator's state in
/// three separate heap blocks per stream.
///
/// Each stream is a real GSL generator: `gsl_rng_alloc` and `gsl_rng_set` with the stream's
/// seed, exactly as `RandomStream` makes one, then its state bytes are moved into the arena.
/// Only the states are kept: a group of five taus2 streams is 120 bytes (two cache lines),
/// where states with their `gsl_rng` records took 240. A `RandomGenerator` carries the
/// record (type and state pointer, the public fields of `gsl_rng.h`) by value. Every draw is
/// therefore the one the same seed gives through `RandomStream`, to the bit.
///
/// Owned by one replication, like `RandomStream` (deliberately not `Sendable`).
public final class GeneratorArena {
    /// Streams per group.
    public let members: Int
    /// Groups.
    public let groups: Int
    /// The generator type of every stream.
    @usableFromInline let type: UnsafePointer<gsl_rng_type>
    /// Bytes from one stream's state to the next in a group (the state's size, 8-aligned).
    @usableFromInline let stride: Int
    /// Bytes from one group to the next: its states, rounded up to whole cache lines.
    @usableFromInline let groupStride: Int
    @usableFromInline let storage: UnsafeMutableRawPointer

    /// `groups × members` streams; stream (g, m) is seeded from `seed(g, m)`.
    public init(groups: Int, members: Int, algorithm: RandomStream.Algorithm = .taus2,
                seed: (_ group: Int, _ member: Int) -> StreamSeed) {
        GSLRuntime.prepare()
        let type = algorithm.gslType
        let size = type.pointee.size
        self.type = type
        self.members = members
        self.groups = groups
        self.stride = (size + 7) & ~7
        self.groupStride = (Swift.max(1, members) * stride + 63) & ~63
        storage = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(1, groups) * groupStride, alignment: 64)
        for g in 0..<groups {
            for m in 0..<members {
                guard let made = gsl_rng_alloc(type) else { fatalError("gsl_rng_alloc failed: out of memory") }
                gsl_rng_set(made, UInt(seed(g, m).value))
                (storage + g * groupStride + m * stride).copyMemory(from: made.pointee.state, byteCount: size)
                gsl_rng_free(made)
            }
        }
    }

    deinit { storage.deallocate() }

    /// Prefetches the cache lines of group `group`'s streams (`Prefetch`); ignored out of range.
    @inlinable @inline(__always)
    public func prefetch(group: Int) {
        guard group >= 0 && group < groups else { return }
        let start = UnsafeRawPointer(storage + group &* groupStride)
        var offset = 0
        while offset < groupStride {
            vpcsim_prefetch(start + offset)
            offset &+= 64
        }
    }

    /// Stream `member` of group `group`, borrowed for as long as the arena lives.
    @inlinable @inline(__always)
    public func generator(_ group: Int, _ member: Int) -> RandomGenerator {
        RandomGenerator(record: gsl_rng(type: type, state: storage + (group &* groupStride &+ member &* stride)))
    }
}

/// One GSL generator, borrowed (from a `GeneratorArena` or a `RandomStream`): what the
/// per-request path draws from without touching an object. It holds the generator's
/// `gsl_rng` record by value (type and state pointer), so a draw reads the state and the
/// type's descriptor and nothing between them.
public struct RandomGenerator {
    /// The record; draws go to the state it points at.
    public let record: gsl_rng

    @inlinable public init(record: gsl_rng) { self.record = record }

    /// The generator `pointer` points at (its state, not the record, is what draws change).
    @inlinable public init(pointer: UnsafeMutablePointer<gsl_rng>) { self.record = pointer.pointee }

    /// A uniform draw in [0, 1): what `gsl_rng_uniform` computes (`r->type->get_double(r->state)`).
    @inlinable @inline(__always) public func uniform() -> Double {
        record.type.pointee.get_double(record.state)
    }

    /// Calls `body` with a `gsl_rng` for the GSL functions that take one: a copy of the
    /// record on the stack, pointing at the same state.
    @inlinable @inline(__always)
    public func withPointer<Result>(_ body: (UnsafeMutablePointer<gsl_rng>) -> Result) -> Result {
        var copy = record
        return withUnsafeMutablePointer(to: &copy, body)
    }

    /// An exponential draw with the given mean (see `ExponentialDraw`).
    @inlinable @inline(__always) public func exponential(mean: Double) -> Double {
        ExponentialDraw.sample(uniform: uniform(), mean: mean)
    }
}

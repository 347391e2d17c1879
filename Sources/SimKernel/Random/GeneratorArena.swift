import CGSL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Many small random streams laid out side by side in one allocation, in groups: the
/// streams of one group (say, the five purposes of one demand) share a few cache lines, so a
/// request that draws from each of them touches neighbouring memory instead of chasing a
/// `RandomStream` object, its `gsl_rng` and that generator's state in three separate heap
/// blocks per stream.
///
/// Each stream is a real GSL generator: `gsl_rng_alloc` and `gsl_rng_set` with the stream's
/// seed, exactly as `RandomStream` makes one, then its `gsl_rng` record (type and state
/// pointer, the public fields of `gsl_rng.h`) and its state bytes are moved into the arena.
/// Every draw is therefore the one the same seed gives through `RandomStream`, to the bit.
///
/// Owned by one replication, like `RandomStream` (deliberately not `Sendable`).
public final class GeneratorArena {
    /// Streams per group.
    public let members: Int
    /// Groups.
    public let groups: Int
    /// Bytes from one stream's record to the next: the `gsl_rng` record, then its state.
    @usableFromInline let stride: Int
    @usableFromInline let storage: UnsafeMutableRawPointer

    /// `groups × members` streams; stream (g, m) is seeded from `seed(g, m)`.
    public init(groups: Int, members: Int, algorithm: RandomStream.Algorithm = .taus2,
                seed: (_ group: Int, _ member: Int) -> StreamSeed) {
        GSLRuntime.prepare()
        let type = algorithm.gslType
        let record = MemoryLayout<gsl_rng>.stride
        let state = (type.pointee.size + 15) & ~15
        self.members = members
        self.groups = groups
        self.stride = record + state
        let count = Swift.max(1, groups * members)
        storage = UnsafeMutableRawPointer.allocate(byteCount: count * stride, alignment: 64)
        for g in 0..<groups {
            for m in 0..<members {
                guard let made = gsl_rng_alloc(type) else { fatalError("gsl_rng_alloc failed: out of memory") }
                gsl_rng_set(made, UInt(seed(g, m).value))
                let slot = storage + (g * members + m) * stride
                let stateCopy = slot + record
                stateCopy.copyMemory(from: made.pointee.state, byteCount: type.pointee.size)
                slot.bindMemory(to: gsl_rng.self, capacity: 1)
                    .initialize(to: gsl_rng(type: made.pointee.type, state: stateCopy))
                gsl_rng_free(made)
            }
        }
    }

    deinit { storage.deallocate() }

    /// Prefetches the cache lines of group `group`'s streams (`Prefetch`); ignored out of range.
    @inlinable @inline(__always)
    public func prefetch(group: Int) {
        guard group >= 0 && group < groups else { return }
        let bytes = members &* stride
        let start = UnsafeRawPointer(storage + group &* bytes)
        var offset = 0
        while offset < bytes {
            vpcsim_prefetch(start + offset)
            offset &+= 64
        }
        vpcsim_prefetch(start + (bytes &- 1))
    }

    /// Stream `member` of group `group`, borrowed for as long as the arena lives.
    @inlinable @inline(__always)
    public func generator(_ group: Int, _ member: Int) -> RandomGenerator {
        RandomGenerator(pointer: (storage + (group &* members &+ member) &* stride).assumingMemoryBound(to: gsl_rng.self))
    }
}

/// One GSL generator, borrowed (from a `GeneratorArena` or a `RandomStream`): what the
/// per-request path draws from without touching an object.
public struct RandomGenerator {
    public let pointer: UnsafeMutablePointer<gsl_rng>

    @inlinable public init(pointer: UnsafeMutablePointer<gsl_rng>) { self.pointer = pointer }

    /// A uniform draw in [0, 1): `gsl_rng_uniform`.
    @inlinable @inline(__always) public func uniform() -> Double { gsl_rng_uniform(pointer) }

    /// An exponential draw with the given mean (see `ExponentialDraw`).
    @inlinable @inline(__always) public func exponential(mean: Double) -> Double {
        ExponentialDraw.sample(pointer, mean: mean)
    }
}

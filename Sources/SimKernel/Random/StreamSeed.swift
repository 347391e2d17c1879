/// The seed of one random stream, derived from the run's seed and the stream's purpose.
///
/// Streams are named rather than handed out in order, so that "arrivals of VPC 17" gets
/// the same numbers whatever else the run does, and adding a new purpose never shifts
/// another's numbers. The mixing function is part of the file format's promise
/// (same scenario + seed ⇒ same CSVs) and must not change:
///
///     h = fnv1a64(UTF-8 bytes of purpose)
///     x = splitmix64(splitmix64(runSeed ^ h) ^ index)
///     seed = (x >> 32) ^ (x & 0xffff_ffff)       -- folded to 32 bits
///     if seed == 0 { seed = 0x9e37_79b9 }        -- GSL treats 0 as "default seed"
///
/// GSL's mt19937 keys its state from the low 32 bits of the seed, so the fold to 32 bits
/// loses nothing GSL would have used. Two distinct purposes collide with probability
/// 2^-32 per pair (about 0.01 % for a run with a thousand streams); a collision gives two
/// identical, not invalid, streams.
public struct StreamSeed: Hashable, Sendable {
    /// The value handed to `gsl_rng_set`; never 0.
    public let value: UInt64

    public init(runSeed: UInt64, purpose: String, index: UInt64 = 0) {
        let h = StreamSeed.fnv1a64(purpose)
        let x = StreamSeed.splitmix64(StreamSeed.splitmix64(runSeed ^ h) ^ index)
        let folded = (x >> 32) ^ (x & 0xffff_ffff)
        value = folded == 0 ? 0x9e37_79b9 : folded
    }

    /// FNV-1a, 64-bit: a stable hash of the purpose text (Swift's `Hasher` is seeded per
    /// process and must never be used for this).
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64's output function (Steele, Lea and Flood, 2014): a bijection on 64 bits
    /// with full avalanche, so nearby inputs give unrelated outputs.
    public static func splitmix64(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

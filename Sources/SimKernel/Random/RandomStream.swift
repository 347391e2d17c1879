import CGSL

/// One independent stream of random numbers, backed by a GSL generator it owns.
///
/// A `gsl_rng` has no locks: sharing one between tasks silently breaks reproducibility
/// (the race is inside C, where ThreadSanitizer does not look). This class is deliberately
/// not `Sendable`, so Swift 6 refuses at compile time to hand a stream to another task.
/// Create the streams a replication needs inside the task that runs it.
public final class RandomStream {
    /// The GSL generator algorithms vpcsim offers.
    public enum Algorithm: String, Sendable, CaseIterable {
        /// Mersenne Twister (Matsumoto and Nishimura, 1998): GSL's default, 2.5 KiB of state.
        case mt19937
        /// Tausworthe (L'Ecuyer, 1999): 24 bytes of state, for very many small streams.
        case taus2
        /// RANLUX at luxury level 2: slow, for checking that results do not depend on the generator.
        case ranlxd2

        @usableFromInline var gslType: UnsafePointer<gsl_rng_type> {
            switch self {
            case .mt19937: return vpcsim_rng_mt19937()
            case .taus2: return vpcsim_rng_taus2()
            case .ranlxd2: return vpcsim_rng_ranlxd2()
            }
        }
    }

    /// The underlying generator, for the distribution code that calls `gsl_ran_*` directly.
    public let generator: UnsafeMutablePointer<gsl_rng>
    /// The seed this stream was started from (never 0).
    public let seed: StreamSeed

    /// A stream for `purpose` (and `index`, e.g. a VPC number) in a run seeded with `runSeed`.
    public convenience init(runSeed: UInt64, purpose: String, index: UInt64 = 0,
                            algorithm: Algorithm = .mt19937) {
        self.init(seed: StreamSeed(runSeed: runSeed, purpose: purpose, index: index), algorithm: algorithm)
    }

    public init(seed: StreamSeed, algorithm: Algorithm = .mt19937) {
        GSLRuntime.prepare()
        guard let rng = gsl_rng_alloc(algorithm.gslType) else {
            fatalError("gsl_rng_alloc failed: out of memory")
        }
        gsl_rng_set(rng, UInt(seed.value))
        self.generator = rng
        self.seed = seed
    }

    deinit { gsl_rng_free(generator) }

    /// A uniform draw in [0, 1).
    @inlinable public func uniform() -> Double { gsl_rng_uniform(generator) }

    /// A uniform draw in (0, 1): safe to take the logarithm of.
    @inlinable public func uniformPositive() -> Double { gsl_rng_uniform_pos(generator) }

    /// A uniform integer in 0..<bound (bound > 0), without modulo bias.
    @inlinable public func integer(below bound: Int) -> Int {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        if bound == 1 { return 0 }
        if UInt64(bound) <= UInt64(UInt32.max) {
            return Int(gsl_rng_uniform_int(generator, UInt(bound)))
        }
        return Int(gsl_rng_uniform(generator) * Double(bound)) % bound
    }

    /// An exponential draw with the given mean: GSL's `gsl_ran_exponential` computation on
    /// this stream's uniform (see `ExponentialDraw`).
    @inlinable public func exponential(mean: Double) -> Double { ExponentialDraw.sample(generator, mean: mean) }

    /// A Bernoulli trial that is true with probability `p`.
    @inlinable public func bernoulli(_ p: Double) -> Bool { gsl_rng_uniform(generator) < p }
}

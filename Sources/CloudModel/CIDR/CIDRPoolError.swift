/// Why a `CIDRPool` could not be set up or could not hand out a block.
public struct CIDRPoolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// The requested prefix is shorter than the pool's own (a /8 cannot come from a /10).
        case prefixShorterThanPool
        /// The requested prefix is longer than the family allows.
        case prefixTooLong
        /// The overlap share is not a number in 0…1.
        case overlapOutOfRange(Double)
        /// Every block of the requested size is taken. `capacity` is how many blocks of that
        /// size the pool holds; `reservedSkipped` how many of them were skipped because they
        /// overlap a reserved block.
        case exhausted(capacity: UInt64, reservedSkipped: UInt64)
    }

    /// The pool, e.g. `10.64.0.0/10`.
    public let pool: CIDRBlock
    /// The prefix length of the blocks asked for.
    public let prefixLength: Int
    /// What went wrong.
    public let reason: Reason

    /// An error for a request of `/prefixLength` blocks from `pool`.
    public init(pool: CIDRBlock, prefixLength: Int, reason: Reason) {
        self.pool = pool
        self.prefixLength = prefixLength
        self.reason = reason
    }

    /// A one-line explanation that says what was expected or how many blocks fit.
    public var message: String {
        switch reason {
        case .prefixShorterThanPool:
            return "cannot allocate /\(prefixLength) blocks from pool \(pool): expected a prefix of at least "
                + "/\(pool.prefixLength) (the pool's own) and at most /\(pool.family.bitWidth)"
        case .prefixTooLong:
            return "cannot allocate /\(prefixLength) blocks: \(pool.family) prefixes go up to /\(pool.family.bitWidth)"
        case .overlapOutOfRange(let share):
            return "overlap \(share) is out of range; expected a share between 0 and 1"
        case .exhausted(let capacity, let skipped):
            let taken = skipped == 0
                ? "all \(capacity) are taken"
                : "\(capacity - skipped) are taken and \(skipped) overlap reserved blocks"
            return "pool \(pool) is exhausted: it holds \(capacity) blocks of /\(prefixLength) and \(taken); "
                + "use a larger pool, a longer prefix, or an overlap share"
        }
    }

    public var description: String { message }
}

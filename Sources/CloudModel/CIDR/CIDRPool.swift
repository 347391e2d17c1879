import SimKernel

/// Hands out successive, non-overlapping blocks of one prefix length from a larger block,
/// the way a fleet of VPCs gets its CIDRs (`cidr_pool: 10.64.0.0/10, prefix: 16`).
///
/// Fresh blocks come in address order, skipping any that overlap a reserved block (for
/// example the CIDRs of explicitly declared VPCs). With an overlap share `p > 0`, each new
/// VPC instead reuses a block this pool already handed out, with probability `p`, chosen
/// uniformly among them: real organisations overlap because teams all pick 10.0.0.0/16.
///
/// Determinism: the pool consumes random numbers only in `allocate(overlap:stream:)`, and
/// only when `p > 0` and at least one block has been handed out: one uniform draw for the
/// reuse decision, plus one integer draw to pick the reused block. The same stream state
/// therefore always yields the same sequence of blocks.
public struct CIDRPool: Sendable {
    /// The block everything is carved from.
    public let pool: CIDRBlock
    /// The prefix length of the blocks handed out.
    public let prefixLength: Int
    /// Blocks that fresh allocations must not overlap, sorted.
    public let reserved: [CIDRBlock]
    /// The distinct blocks handed out so far, in the order they were first handed out.
    public private(set) var taken: [CIDRBlock] = []

    /// Index of the next candidate subblock to examine.
    private var nextIndex: UInt64 = 0
    /// Candidates skipped because they overlap a reserved block.
    private var reservedSkipped: UInt64 = 0

    /// A pool of `/prefixLength` blocks inside `pool`; fails if the prefix is shorter than the
    /// pool's own or longer than the family allows.
    public init(pool: CIDRBlock, prefixLength: Int, reserved: [CIDRBlock] = []) throws(CIDRPoolError) {
        guard prefixLength <= pool.family.bitWidth else {
            throw CIDRPoolError(pool: pool, prefixLength: prefixLength, reason: .prefixTooLong)
        }
        guard prefixLength >= pool.prefixLength else {
            throw CIDRPoolError(pool: pool, prefixLength: prefixLength, reason: .prefixShorterThanPool)
        }
        self.pool = pool
        self.prefixLength = prefixLength
        self.reserved = reserved.filter { $0.overlaps(pool) }.sorted()
    }

    /// How many blocks of `prefixLength` the pool holds in all (reserved ones included);
    /// saturates at `UInt64.max` for IPv6 splits of 64 bits or more.
    public var capacity: UInt64 { pool.subblockCount(prefixLength: prefixLength) }

    /// Takes the next free block in address order.
    public mutating func allocateFresh() throws(CIDRPoolError) -> CIDRBlock {
        while nextIndex < capacity, let candidate = pool.subblock(nextIndex, prefixLength: prefixLength) {
            nextIndex += 1
            if reserved.contains(where: { $0.overlaps(candidate) }) {
                reservedSkipped += 1
                continue
            }
            taken.append(candidate)
            return candidate
        }
        throw CIDRPoolError(pool: pool, prefixLength: prefixLength,
                            reason: .exhausted(capacity: capacity, reservedSkipped: reservedSkipped))
    }

    /// Takes a block for one new VPC: with probability `overlap` a block already handed out
    /// (drawn uniformly), otherwise the next free one. The first allocation is always fresh.
    /// A fresh draw from an exhausted pool fails rather than silently reusing a block.
    public mutating func allocate(overlap: Double, stream: RandomStream) throws(CIDRPoolError) -> CIDRAllocation {
        guard overlap >= 0, overlap <= 1 else {
            throw CIDRPoolError(pool: pool, prefixLength: prefixLength, reason: .overlapOutOfRange(overlap))
        }
        if overlap > 0, !taken.isEmpty, stream.bernoulli(overlap) {
            return CIDRAllocation(block: taken[stream.integer(below: taken.count)], reused: true)
        }
        return CIDRAllocation(block: try allocateFresh(), reused: false)
    }
}

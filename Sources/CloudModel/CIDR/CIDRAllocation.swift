/// One block handed out by a `CIDRPool`.
public struct CIDRAllocation: Hashable, Sendable {
    /// The block.
    public let block: CIDRBlock
    /// True when the block had already been handed out before (an overlap by design),
    /// false when it was taken fresh from the pool.
    public let reused: Bool

    /// A block and whether it was handed out before.
    public init(block: CIDRBlock, reused: Bool) {
        self.block = block
        self.reused = reused
    }
}

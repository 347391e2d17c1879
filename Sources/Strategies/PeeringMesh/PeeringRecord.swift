/// One VPC peering connection between a lower and a higher VPC index. The higher VPC (the
/// later to join) is the requester; the lower one accepts. Its lifecycle state is kept apart
/// (`PeeringMeshStrategy.states`), since most events read nothing else.
struct PeeringRecord: Sendable {
    /// The accepter (earlier VPC).
    var low: UInt32
    /// The requester (later VPC).
    var high: UInt32
    /// Why it failed, for `failed` (quota or overlap).
    var failure: UnreachableReason?
    /// Which sides have their routes (and rules) in place: bit 0 the low VPC, bit 1 the high.
    var routesDone: UInt8 = 0
    /// Which sides' security groups get rules for the other side: bit 0 low, bit 1 high.
    var ruleSides: UInt8
    /// Positions of the high VPC's CIDRs whose routes were installed in the low VPC's tables
    /// (a route to a destination the table already holds is refused as a duplicate).
    var installedAtLow: UInt64 = 0
    /// Positions of the low VPC's CIDRs whose routes were installed in the high VPC's tables.
    var installedAtHigh: UInt64 = 0

    init(low: Int, high: Int, failure: UnreachableReason? = nil, ruleSides: UInt8) {
        self.low = UInt32(low)
        self.high = UInt32(high)
        self.failure = failure
        self.ruleSides = ruleSides
    }

    /// The bit of VPC `v`'s side.
    @inline(__always) func sideBit(_ v: Int) -> UInt8 { v == Int(low) ? 1 : 2 }

    /// The other VPC.
    @inline(__always) func other(_ v: Int) -> Int { v == Int(low) ? Int(high) : Int(low) }

    /// The installed-positions mask of `v`'s side.
    @inline(__always) func installed(at v: Int) -> UInt64 { v == Int(low) ? installedAtLow : installedAtHigh }
}

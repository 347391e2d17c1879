/// One entry of a transit gateway's route table, keyed by destination block.
enum TGWRoute: Equatable, Sendable {
    /// No route to the block.
    case none
    /// Propagated from the attachment of this VPC (by index).
    case attachment(Int)
    /// Static, toward the peering attachment with this region's TGW (by region index).
    case peering(Int)
}

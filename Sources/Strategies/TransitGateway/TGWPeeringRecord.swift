/// One inter-region peering attachment between two regions' transit gateways. The region
/// whose gateway became available later requests it.
struct TGWPeeringRecord: Sendable {
    /// The accepter's region.
    var accepter: Int
    /// The requester's region.
    var requester: Int
    var state: AttachmentState
    /// Why it failed, for `failed`.
    var failure: UnreachableReason?

    /// The region at the other end from `region`.
    func other(_ region: Int) -> Int { region == accepter ? requester : accepter }
}

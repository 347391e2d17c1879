/// Where a VPC peering connection is in its lifecycle (aws-facts.md §1.2), plus `planned`:
/// accepted by vpcsim's quota checks and waiting for an outstanding-request slot.
enum PeeringState: UInt8, Sendable {
    /// Waiting for a pending-request slot of its requester (not yet sent to AWS).
    case planned
    /// `CreateVpcPeeringConnection` sent (AWS's `initiating-request`).
    case requesting
    /// Waiting for the accepter.
    case pendingAcceptance
    /// Accepted; AWS is provisioning it.
    case provisioning
    /// Working (routes may still be on their way).
    case active
    /// Refused at once (overlapping CIDRs) or by a quota before it was sent.
    case failed
    /// Seven days passed without acceptance.
    case expired
    /// The accepter rejected it.
    case rejected
    /// Deleted (a fault); routes to it are blackholes.
    case deleted

    /// Whether the request is still outstanding from its requester's point of view.
    var holdsPendingSlot: Bool { self == .requesting || self == .pendingAcceptance }

    /// Whether it counts against the peerings-per-VPC quota (vpcsim reserves at planning).
    var holdsQuota: Bool {
        switch self {
        case .planned, .requesting, .pendingAcceptance, .provisioning, .active: return true
        case .failed, .expired, .rejected, .deleted: return false
        }
    }
}

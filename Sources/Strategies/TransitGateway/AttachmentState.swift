/// Where a transit-gateway attachment (VPC or peering) is in its lifecycle, plus
/// `waitingForGateway` (planned while its region's TGW is being created) and
/// `waitingForSlot` (a TGW peering held back by the pending-peering quota).
enum AttachmentState: UInt8, Sendable {
    case none
    case waitingForGateway
    case waitingForSlot
    case pendingAcceptance
    case pending
    case available
    case failed
}

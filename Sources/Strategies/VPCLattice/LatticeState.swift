/// Where a VPC Lattice resource or association is in its lifecycle, plus
/// `waitingForNetwork`: planned while its Region's service network is still being created
/// (or, for a service association, while the service itself is).
enum LatticeState: UInt8, Sendable {
    /// Not planned (a VPC that consumes nothing in its Region; a service nobody in its Region
    /// calls).
    case none
    /// Waiting for the service network (or the service) to be active.
    case waitingForNetwork
    /// Created; `CREATE_IN_PROGRESS` until active.
    case pending
    /// `ACTIVE`: passing traffic.
    case active
    /// Refused by a quota.
    case failed
}

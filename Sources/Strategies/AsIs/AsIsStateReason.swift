/// The outputs' category for a resource that exists in a state that carries no traffic.
enum AsIsStateReason {
    /// AWS's peering states (`pending-acceptance`, `provisioning`, `initiating-request`),
    /// endpoint states (`pendingAcceptance`, `pending`) and attachment states
    /// (`pendingAcceptance`, `pending`, `initiating`, `modifying`) waiting for a step: `pending`;
    /// `rejected`, `expired` and deleted ones as such; anything else (`failed`, `failing`,
    /// unknown): `no-route`.
    static func reason(for state: String) -> UnreachableReason {
        switch state.lowercased() {
        case "pending-acceptance", "pendingacceptance", "pending", "provisioning", "initiating-request",
             "initiating", "initiatingrequest", "modifying":
            return .pending
        case "rejected", "rejecting": return .rejected
        case "expired": return .expired
        case "deleted", "deleting": return .deleted
        default: return .noRoute
        }
    }
}

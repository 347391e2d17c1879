/// Where an interface endpoint is in its lifecycle (aws-facts.md §2.3: pendingAcceptance →
/// pending → available; rejected, failed), plus `waitingForService`: planned while the
/// provider's endpoint service is still being created.
enum EndpointState: UInt8, Sendable {
    /// Planned; the endpoint service is not available yet.
    case waitingForService
    /// Created; the provider has not accepted it yet.
    case pendingAcceptance
    /// Accepted (or accepted automatically); being provisioned.
    case pending
    /// Passing traffic.
    case available
    /// Refused by a quota (or its service's NLB was), or no AZ in common with the service.
    case failed
    /// The provider rejected the connection (a fault).
    case rejected

    /// Whether AWS bills the endpoint's hours: from `CreateVpcEndpoint` until it is deleted,
    /// "irrespective of the state of its association with the service" (pending acceptance,
    /// pending, available, rejected), https://aws.amazon.com/privatelink/pricing/ (stored
    /// copy). Not before it is created (`waitingForService`) nor when the call was refused
    /// (`failed`). vpcsim never deletes an endpoint, so a rejected one is billed to the end.
    var isBilled: Bool {
        switch self {
        case .pendingAcceptance, .pending, .available, .rejected: return true
        case .waitingForService, .failed: return false
        }
    }
}

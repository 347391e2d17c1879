/// One provided service's side of PrivateLink: its Network Load Balancer and endpoint
/// service in the provider VPC.
struct EndpointServiceRecord: Sendable {
    enum State: UInt8, Sendable {
        /// The provider VPC does not exist yet.
        case absent
        /// `CreateLoadBalancer` sent.
        case creatingLoadBalancer
        /// NLB active; endpoint service being configured.
        case creatingService
        /// Accepting endpoint connections.
        case available
        /// The NLB was refused by a quota.
        case failed
    }

    var state = State.absent
    /// Endpoints planned while the service was not available, in plan order.
    var waiting: [Int] = []
    /// Per region index: the service has been made available there (cross-region).
    var remoteRegions: [Bool]
}

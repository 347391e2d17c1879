/// One interface endpoint: a consumer VPC's connection to one endpoint service.
struct InterfaceEndpointRecord: Sendable {
    /// The consumer VPC.
    var consumer: Int
    /// The service (index into `Topology.services`).
    var service: Int
    var state: EndpointState
    /// Why it failed, for `failed`.
    var failure: UnreachableReason?
    /// Its network interfaces: one per AZ it is placed in.
    var zones: Int
    /// Whether it reaches a service in another region (cross-region PrivateLink).
    var crossRegion: Bool
}

/// The way one request takes and back, as a path planner chooses it: the instance that
/// serves it, the AZs it passes through, the delays to draw and the capacity checkpoints.
///
/// A fixed-size value (no arrays), so planning a request allocates nothing.
public struct RequestPath: Equatable, Sendable {
    /// Global index of the serving instance (see `DataPlane.instanceCount`).
    public var instance: Int32
    /// The AZs (global zone indexes) the request relies on: client, endpoint interface,
    /// NLB node, instance. If any of them goes down while the request is in flight, it fails.
    public var zones: PathZones
    /// The delays to draw.
    public var components: LatencyComponents
    /// The consumer-side capacity checkpoint (endpoint interface or TGW attachment in the
    /// client's VPC), as the index of its outbound link (inbound is the next); -1 for none.
    public var consumerLink: Int32
    /// The provider-side checkpoint (TGW attachment in the service's VPC); -1 for none.
    public var providerLink: Int32
    /// Whether the NLB's per-target connection limit applies (PrivateLink).
    public var connectionLimited: Bool

    public init(instance: Int32, zones: PathZones, components: LatencyComponents,
                consumerLink: Int32 = -1, providerLink: Int32 = -1, connectionLimited: Bool = false) {
        self.instance = instance
        self.zones = zones
        self.components = components
        self.consumerLink = consumerLink
        self.providerLink = providerLink
        self.connectionLimited = connectionLimited
    }
}

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
    /// The consumer-side capacity checkpoint the request passes (endpoint interface or TGW
    /// attachment in the client's VPC), as a link index; -1 for none.
    public var consumerLink: Int32
    /// The consumer-side checkpoint the response passes; -1 for none.
    public var consumerReturnLink: Int32
    /// The provider-side checkpoint the request passes (TGW attachment in the service's
    /// VPC); -1 for none.
    public var providerLink: Int32
    /// The provider-side checkpoint the response passes; -1 for none.
    public var providerReturnLink: Int32
    /// Whether the NLB's per-target connection limit applies (PrivateLink).
    public var connectionLimited: Bool
    /// The NLB node the request passes, as the position of its AZ among the service's AZs:
    /// with the target, the (NLB node address, target) tuple the limit is counted per.
    public var connectionNode: UInt8

    /// A path whose response passes, at each checkpoint, the link after the request's
    /// (`link + 1`: the same interface's other direction), unless the return links are given.
    public init(instance: Int32, zones: PathZones, components: LatencyComponents,
                consumerLink: Int32 = -1, providerLink: Int32 = -1, connectionLimited: Bool = false,
                connectionNode: UInt8 = 0, consumerReturnLink: Int32? = nil, providerReturnLink: Int32? = nil) {
        self.instance = instance
        self.zones = zones
        self.components = components
        self.consumerLink = consumerLink
        self.providerLink = providerLink
        self.consumerReturnLink = consumerReturnLink ?? (consumerLink >= 0 ? consumerLink + 1 : -1)
        self.providerReturnLink = providerReturnLink ?? (providerLink >= 0 ? providerLink + 1 : -1)
        self.connectionLimited = connectionLimited
        self.connectionNode = connectionNode
    }

    /// Whether the request or its response passes any capacity checkpoint.
    var passesCheckpoints: Bool {
        consumerLink >= 0 || providerLink >= 0 || consumerReturnLink >= 0 || providerReturnLink >= 0
    }
}

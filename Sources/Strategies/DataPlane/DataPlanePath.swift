import CloudModel

/// A design's data plane: which instance serves a request and through which AZs,
/// interfaces, gateways and hops it goes. Each design defines one in its folder and returns
/// it from `ConnectivityStrategy.dataPlanePath`; `DataPlane` asks it once per request.
///
/// A path reads the two uniforms it is given (and no others), so the random streams of the
/// designs stay aligned (common random numbers): every design sees the same arrivals,
/// client AZs and base round trips.
public protocol DataPlanePath: Sendable {
    /// Adds the design's parts to a freshly built layout (the interfaces each demand
    /// passes, the first capacity link of each demand and service) and returns its capacity
    /// links, in the order the indexes in the layout refer to.
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks

    /// The path of a request of `demand` from a client in the AZ at position `clientSlot`
    /// of its VPC, with the uniforms `u1` and `u2`; nil when the design has no way to the
    /// service (e.g. an endpoint with no interface: no AZ in common).
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath?

    /// Whether the NLB's per-target connection limits apply to this design's requests.
    var limitsConnections: Bool { get }

    /// How many NLB node addresses send connections to one target of a service whose VPC
    /// spans `zones` AZs: each is a distinct source address, so the per-target limits are
    /// per (node address, target) tuple and a target takes this many times as many.
    func nodesReachingATarget(zones: Int) -> Int

    /// Whether a request is served in the AZ its client's path enters the service's VPC
    /// (the endpoint interface and NLB node of its own AZ), rather than by any healthy
    /// instance of the service: how the offered load per instance is computed.
    var servesInEntryZone: Bool { get }
}

extension DataPlanePath {
    public var limitsConnections: Bool { false }

    /// One: the node in the target's own AZ.
    public func nodesReachingATarget(zones: Int) -> Int { 1 }

    /// Any healthy instance of the service, whatever the client's AZ.
    public var servesInEntryZone: Bool { false }

    /// No parts of its own: no interfaces, no capacity links.
    public func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks {
        .none
    }
}

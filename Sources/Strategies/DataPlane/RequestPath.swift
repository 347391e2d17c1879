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

/// Up to four AZs a request depends on, without an array.
public struct PathZones: Equatable, Sendable {
    /// How many of the slots are used.
    public private(set) var count: Int = 0
    var z0: UInt16 = 0, z1: UInt16 = 0, z2: UInt16 = 0, z3: UInt16 = 0

    /// The room there is: client, endpoint interface, NLB node, instance.
    public static let capacity = 4

    public init() {}

    /// Adds a zone unless it is already listed.
    public mutating func insert(_ zone: UInt16) {
        if contains(zone) { return }
        switch count {
        case 0: z0 = zone
        case 1: z1 = zone
        case 2: z2 = zone
        case 3: z3 = zone
        default: return
        }
        count += 1
    }

    /// The i-th zone (0 ≤ i < count).
    public subscript(i: Int) -> UInt16 {
        switch i {
        case 0: return z0
        case 1: return z1
        case 2: return z2
        default: return z3
        }
    }

    /// Whether `zone` is listed.
    public func contains(_ zone: UInt16) -> Bool {
        (count > 0 && z0 == zone) || (count > 1 && z1 == zone) || (count > 2 && z2 == zone) || (count > 3 && z3 == zone)
    }
}

/// The delays a request's round trip is made of, as counts of each kind.
///
/// Inside one Region the round trip is one same-AZ round trip when no leg crosses AZs,
/// otherwise one cross-AZ round trip per leg that crosses. Between Regions it is the
/// measured inter-Region round trip alone: that figure is end to end (client to the remote
/// endpoint and back) and already contains whatever AZ legs it crossed, so none are added.
/// Hops are counted per direction: a request meets each hop once out and once back.
public struct LatencyComponents: Equatable, Sendable {
    /// One inter-Region round trip.
    public var interRegion: Bool
    /// Same-AZ round trips (0 or 1).
    public var sameAZ: UInt8
    /// Cross-AZ round trips (one per leg that crosses).
    public var crossAZ: UInt8
    /// Endpoint-and-NLB hops each way.
    public var privateLinkHopsPerWay: UInt8
    /// Transit Gateways traversed each way.
    public var tgwHopsPerWay: UInt8

    public init(interRegion: Bool, sameAZ: UInt8 = 0, crossAZ: UInt8 = 0,
                privateLinkHopsPerWay: UInt8 = 0, tgwHopsPerWay: UInt8 = 0) {
        self.interRegion = interRegion
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.privateLinkHopsPerWay = privateLinkHopsPerWay
        self.tgwHopsPerWay = tgwHopsPerWay
    }

    /// The round trip inside one Region for `crossings` AZ-crossing legs.
    public static func intraRegion(crossings: Int) -> LatencyComponents {
        crossings == 0
            ? LatencyComponents(interRegion: false, sameAZ: 1)
            : LatencyComponents(interRegion: false, crossAZ: UInt8(truncatingIfNeeded: crossings))
    }
}

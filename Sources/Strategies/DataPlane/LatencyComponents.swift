/// The delays a request's round trip is made of, as counts of each kind.
///
/// Inside one Region the round trip is one same-AZ round trip when no leg crosses AZs,
/// otherwise one cross-AZ round trip per leg that crosses. Between Regions it is the
/// measured inter-Region round trip alone: that figure is end to end (client to the remote
/// endpoint and back) and already contains whatever AZ legs it crossed, so none are added.
/// Hops are counted per direction: a request meets each hop once out and once back. A
/// request passes at most one kind of design hop (an endpoint, a Transit Gateway), named by
/// its index in the design's `ConnectivityStrategy.hops`.
public struct LatencyComponents: Equatable, Sendable {
    /// One inter-Region round trip.
    public var interRegion: Bool
    /// Same-AZ round trips (0 or 1).
    public var sameAZ: UInt8
    /// Cross-AZ round trips (one per leg that crosses).
    public var crossAZ: UInt8
    /// The design hop passed: its index in the design's `hops`.
    public var hop: UInt8
    /// How many times that hop is passed each way (0: none).
    public var hopsPerWay: UInt8
    /// The load balancer in front of the service that the design adds, passed once each
    /// way: its `LoadBalancerKind.hopIndex` (0: none). The data plane reads it from the
    /// demand (`DataPlaneLayout.Demand.balancer`), not from the design's path.
    public var balancer: UInt8 = 0

    public init(interRegion: Bool, sameAZ: UInt8 = 0, crossAZ: UInt8 = 0, hop: UInt8 = 0, hopsPerWay: UInt8 = 0) {
        self.interRegion = interRegion
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.hop = hop
        self.hopsPerWay = hopsPerWay
    }

    /// The round trip inside one Region for `crossings` AZ-crossing legs.
    public static func intraRegion(crossings: Int) -> LatencyComponents {
        crossings == 0
            ? LatencyComponents(interRegion: false, sameAZ: 1)
            : LatencyComponents(interRegion: false, crossAZ: UInt8(truncatingIfNeeded: crossings))
    }
}

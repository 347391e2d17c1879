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

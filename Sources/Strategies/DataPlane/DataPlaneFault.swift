import SimKernel

/// A fault as the data plane sees it, in the topology's indexes.
public enum DataPlaneFault: Equatable, Sendable {
    /// An AZ stops: instances, endpoint interfaces, NLB nodes and Transit Gateway interfaces
    /// in it are down from `start` for `duration` (nil: to the end of the run). Requests in
    /// flight there fail; clients and load balancers route around it `detection` after it
    /// starts, and use it again `detection` after it ends.
    case zoneOutage(ZoneOutage)
    /// A connection the control plane removes at `at` (a peering deletion, an endpoint
    /// rejection). The control plane applies it; the data plane sees it through
    /// reachability and only opens a fault window, from `at` to the end of the run.
    case connectionLoss(at: SimTime)

    /// One AZ outage.
    public struct ZoneOutage: Equatable, Sendable {
        /// Index into `Topology.regions`.
        public var region: Int
        /// Index into that region's `zones`.
        public var zone: Int
        /// When the AZ goes down, from the data plane's start.
        public var start: SimTime
        /// How long it stays down; nil: to the end of the run.
        public var duration: SimTime?
        /// How long clients take to notice the outage, and its end.
        public var detection: SimTime

        /// An outage of AZ `zone` of region `region` (topology indexes).
        public init(region: Int, zone: Int, start: SimTime, duration: SimTime?, detection: SimTime) {
            self.region = region
            self.zone = zone
            self.start = start
            self.duration = duration
            self.detection = detection
        }
    }

    /// The span over which latency and errors are reported as "fault window": for an AZ
    /// outage from its start until clients use the AZ again (end + detection), for a
    /// connection loss from its time to the end of the run.
    public func window(runEnd: SimTime) -> Range<SimTime> {
        switch self {
        case .zoneOutage(let outage):
            guard let duration = outage.duration else { return outage.start..<Swift.max(outage.start, runEnd) }
            return outage.start..<(outage.start + duration + outage.detection)
        case .connectionLoss(let at):
            return at..<Swift.max(at, runEnd)
        }
    }
}

extension DataPlaneFault {
    /// Whether the fault ends by itself (an AZ outage with a duration).
    var isTemporary: Bool {
        if case .zoneOutage(let outage) = self { return outage.duration != nil }
        return false
    }
}

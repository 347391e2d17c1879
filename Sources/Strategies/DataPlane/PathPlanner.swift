/// Chooses the path of one request under a strategy: which instance serves it and through
/// which AZs, endpoint interfaces and gateways it goes. An enum over the three planners, so
/// the per-request dispatch is a `switch`, not an existential call.
///
/// Balancing rules (aws-facts.md §2.2, §3.2; DESIGN.md "Time zero"):
/// - **peering-mesh**: the client balances over every healthy instance of the service in
///   every AZ (uniformly at random), so most calls cross AZs.
/// - **privatelink-hub**: the client uses the endpoint interface in its own AZ (another
///   healthy one if its AZ has none, or after an outage is detected); the NLB node in that
///   interface's AZ (same Region: AZ-aligned by AZ id) or in a healthy AZ of the provider's
///   Region (cross-Region) sends it to an instance in its own AZ, or in any healthy AZ when
///   cross-zone balancing is on.
/// - **transit-gateway**: as peering for the choice of instance; the request passes the
///   attachment interface in the client's AZ, the Region's TGW, the peer TGW when crossing
///   Regions, and the attachment interface in the instance's AZ.
///
/// Every planner reads three uniforms per request whatever it needs, so the random streams
/// of the strategies stay aligned (common random numbers).
enum PathPlanner {
    case peering
    case privateLink(crossZone: Bool)
    case transitGateway

    init(strategy: StrategyKind, crossZone: Bool) {
        switch strategy {
        case .peeringMesh: self = .peering
        case .privateLinkHub: self = .privateLink(crossZone: crossZone)
        case .transitGateway: self = .transitGateway
        default: preconditionFailure("the data plane has no path for design \(strategy)")
        }
    }

    /// The path of a request of `demand` from a client in the AZ at position `clientSlot` of
    /// its VPC, with the uniforms `u1` and `u2`; nil when the strategy has no way to the
    /// service (a PrivateLink endpoint with no interface: no AZ in common).
    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        let service = layout.services[Int(demand.service)]
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        switch self {
        case .peering:
            let target = Self.anyInstance(service, u: u1, layout: layout, health: health)
            var zones = PathZones()
            zones.insert(clientZone)
            zones.insert(target.zone)
            let components = demand.sameRegion
                ? LatencyComponents.intraRegion(crossings: clientZone == target.zone ? 0 : 1)
                : LatencyComponents(interRegion: true)
            return RequestPath(instance: target.instance, zones: zones, components: components)

        case .transitGateway:
            let target = Self.anyInstance(service, u: u1, layout: layout, health: health)
            var zones = PathZones()
            zones.insert(clientZone)
            zones.insert(target.zone)
            var components = demand.sameRegion
                ? LatencyComponents.intraRegion(crossings: clientZone == target.zone ? 0 : 1)
                : LatencyComponents(interRegion: true)
            components.tgwHopsPerWay = demand.sameRegion ? 1 : 2
            return RequestPath(
                instance: target.instance, zones: zones, components: components,
                consumerLink: demand.attachmentLink + Int32(2 * clientSlot),
                providerLink: service.attachmentLink + Int32(2 * target.zoneSlot))

        case .privateLink(let crossZone):
            guard demand.eniCount > 0 else { return nil }
            // The endpoint interface: the client's own AZ when it has one and it is not avoided.
            var eniSlot = layout.slot(of: clientZone, start: demand.eniStart, count: demand.eniCount)
            if eniSlot < 0 || health.isAvoided(clientZone) {
                eniSlot = health.pick(in: layout.zoneList, start: demand.eniStart, count: demand.eniCount, u: u1)
            }
            let eniZone = layout.zoneList[Int(demand.eniStart) + eniSlot]
            // The NLB node: AZ-aligned with the interface in the same Region; a healthy AZ of
            // the provider otherwise.
            let nodeSlot = demand.sameRegion
                ? Swift.max(0, layout.slot(of: eniZone, start: service.zoneStart, count: service.zoneCount))
                : health.pick(in: layout.zoneList, start: service.zoneStart, count: service.zoneCount, u: u1)
            let nodeZone = layout.zoneList[Int(service.zoneStart) + nodeSlot]
            let target = crossZone
                ? Self.anyInstance(service, u: u2, layout: layout, health: health)
                : Self.instance(service, zoneSlot: nodeSlot, u: u2, layout: layout)
            var zones = PathZones()
            zones.insert(clientZone)
            zones.insert(eniZone)
            zones.insert(nodeZone)
            zones.insert(target.zone)
            var components: LatencyComponents
            if demand.sameRegion {
                let crossings = (clientZone == eniZone ? 0 : 1) + (eniZone == target.zone ? 0 : 1)
                components = LatencyComponents.intraRegion(crossings: crossings)
            } else {
                components = LatencyComponents(interRegion: true)
            }
            components.privateLinkHopsPerWay = 1
            return RequestPath(instance: target.instance, zones: zones, components: components,
                               consumerLink: demand.endpointLink + Int32(2 * eniSlot), connectionLimited: true)
        }
    }

    /// An instance chosen uniformly among those in AZs not avoided (all, if every AZ is).
    @inline(__always)
    static func anyInstance(_ service: DataPlaneLayout.Service, u: Double, layout: DataPlaneLayout,
                            health: ZoneHealth) -> (instance: Int32, zone: UInt16, zoneSlot: Int) {
        let n = Int(service.zoneCount)
        var healthy = n
        if health.zonesAvoided > 0 {
            healthy = 0
            for k in 0..<n where !health.isAvoided(layout.zoneList[Int(service.zoneStart) + k]) { healthy += 1 }
            if healthy == 0 { healthy = n }
        }
        let x = u * Double(healthy)
        var rank = Swift.min(Int(x), healthy - 1)
        let fraction = x - Double(rank)
        var zoneSlot = rank
        if healthy != n {
            for k in 0..<n where !health.isAvoided(layout.zoneList[Int(service.zoneStart) + k]) {
                if rank == 0 { zoneSlot = k; break }
                rank -= 1
            }
        }
        return instance(service, zoneSlot: zoneSlot, u: fraction, layout: layout)
    }

    /// An instance chosen uniformly in the provider AZ at `zoneSlot`.
    @inline(__always)
    static func instance(_ service: DataPlaneLayout.Service, zoneSlot: Int, u: Double,
                         layout: DataPlaneLayout) -> (instance: Int32, zone: UInt16, zoneSlot: Int) {
        let perAZ = Int(service.perAZ)
        let k = Swift.min(Int(u * Double(perAZ)), perAZ - 1)
        return (service.instanceBase + Int32(zoneSlot * perAZ + k),
                layout.zoneList[Int(service.zoneStart) + zoneSlot], zoneSlot)
    }
}

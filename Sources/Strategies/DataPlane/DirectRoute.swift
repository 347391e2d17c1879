/// The path of a design whose requests go straight from client to instance over routes
/// (a peering, one VPC shared by all, a Transit Gateway before its hops are added): the client picks
/// the instance itself, under its `ClientRouting`. With `any-az` (the default) it balances
/// over every healthy instance of the service in every AZ, uniformly at random, so most
/// calls cross AZs; with `same-az` it takes an instance in its own AZ when the service has
/// one there (same Region, AZ not avoided), else any healthy one.
enum DirectRoute {
    /// The instance, the zones and the base round trip of a direct request; `u` picks the
    /// instance.
    @inline(__always)
    static func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u: Double, routing: ClientRouting,
                     layout: DataPlaneLayout, health: ZoneHealth) -> (path: RequestPath, zoneSlot: Int) {
        let service = layout.services[Int(demand.service)]
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        var localSlot = -1
        if routing == .sameAZ && demand.sameRegion && !health.isAvoided(clientZone) {
            localSlot = layout.slot(of: clientZone, start: service.zoneStart, count: service.zoneCount)
        }
        let target = localSlot >= 0
            ? layout.instance(service, zoneSlot: localSlot, u: u)
            : layout.anyInstance(service, u: u, health: health)
        var zones = PathZones()
        zones.insert(clientZone)
        zones.insert(target.zone)
        let components = demand.sameRegion
            ? LatencyComponents.intraRegion(crossings: clientZone == target.zone ? 0 : 1)
            : LatencyComponents(interRegion: true)
        return (RequestPath(instance: target.instance, zones: zones, components: components), target.zoneSlot)
    }
}

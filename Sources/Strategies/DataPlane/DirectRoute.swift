/// The path of a design whose requests go straight from client to instance over routes
/// (peering, a shared VPC, a Transit Gateway before its hops are added): the client
/// balances over every healthy instance of the service in every AZ, uniformly at random,
/// so most calls cross AZs.
enum DirectRoute {
    /// The instance, the zones and the base round trip of a direct request; `u` picks the
    /// instance.
    @inline(__always)
    static func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u: Double,
                     layout: DataPlaneLayout, health: ZoneHealth) -> (path: RequestPath, zoneSlot: Int) {
        let service = layout.services[Int(demand.service)]
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        let target = layout.anyInstance(service, u: u, health: health)
        var zones = PathZones()
        zones.insert(clientZone)
        zones.insert(target.zone)
        let components = demand.sameRegion
            ? LatencyComponents.intraRegion(crossings: clientZone == target.zone ? 0 : 1)
            : LatencyComponents(interRegion: true)
        return (RequestPath(instance: target.instance, zones: zones, components: components), target.zoneSlot)
    }
}

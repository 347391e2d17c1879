import CloudModel

/// privatelink-hub's data plane. The client uses an endpoint interface chosen by the DNS
/// name it resolves (`privatelink.dns`, `EndpointDNS`): with the Regional name (the
/// default) any of the endpoint's interfaces, uniformly (healthy ones once an outage is
/// detected), so with interfaces in k AZs (k − 1)/k of calls cross an AZ to reach it; with
/// the zonal name the interface in its own AZ (another healthy one if its AZ has none, or
/// after an outage is detected). The NLB node
/// in that interface's AZ (same Region: AZ-aligned by AZ id) or in a healthy AZ of the
/// provider's Region (cross-Region) sends it to an instance in its own AZ, or in any
/// healthy AZ when cross-zone balancing is on (aws-facts.md §2.2). Each endpoint interface
/// is a capacity checkpoint (bandwidth per AZ, `DataPlaneOptions`), and the NLB's
/// per-target connection limits apply.
struct PrivateLinkHubPath: DataPlanePath {
    /// The NLB balances across AZs (`privatelink.cross_zone`).
    var crossZone: Bool
    /// The DNS name clients resolve (`privatelink.dns`).
    var dns: EndpointDNS

    var limitsConnections: Bool { true }

    /// With cross-zone balancing every NLB node (one address per AZ of the NLB) sends to
    /// every target; without it only the node of the target's AZ. The limit is "about
    /// 55,000 connections per minute for each combination of Network Load Balancer IP
    /// address and unique target (IP address and port)" (`AWSFacts.PrivateLink`).
    func nodesReachingATarget(zones: Int) -> Int { crossZone ? zones : 1 }

    /// Without cross-zone balancing the NLB node sends to an instance of its own AZ.
    var servesInEntryZone: Bool { !crossZone }

    /// One endpoint per (consumer VPC, service): interfaces in the consumer's AZs that the
    /// provider also uses (same Region: AZ alignment by AZ id), or in all the consumer's AZs
    /// (cross-Region: the NLB is elsewhere); one pair of links (out, in) per interface.
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks {
        var endpointIndex: [Int: (start: Int32, count: Int32, link: Int32)] = [:]
        var endpointLinks: Int32 = 0
        for (index, demand) in topology.demands.enumerated() {
            let endpointKey = demand.consumer * topology.services.count + demand.service
            let endpoint: (start: Int32, count: Int32, link: Int32)
            if let known = endpointIndex[endpointKey] {
                endpoint = known
            } else {
                let provider = topology.services[demand.service].vpc
                let crossRegion = topology.vpcs[demand.consumer].region != topology.vpcs[provider].region
                let providerZones = layout.zones(ofVPC: provider, topology: topology)
                let start = Int32(layout.zoneList.count)
                for zone in layout.zones(ofVPC: demand.consumer, topology: topology)
                where crossRegion || providerZones.contains(zone) {
                    layout.zoneList.append(zone)
                }
                let count = Int32(layout.zoneList.count) - start
                endpoint = (start, count, endpointLinks)
                endpointLinks += 2 * count
                endpointIndex[endpointKey] = endpoint
            }
            layout.demands[index].interfaceStart = endpoint.start
            layout.demands[index].interfaceCount = endpoint.count
            layout.demands[index].consumerLink = endpoint.link
        }
        return options.endpointInterfaceLinks(count: Int(endpointLinks))
    }

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        guard demand.interfaceCount > 0 else { return nil }
        let service = layout.services[Int(demand.service)]
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        // The endpoint interface, and the uniform left for the NLB node's pick.
        var eniSlot: Int
        var nodeU = u1
        switch dns {
        case .regional:
            // Any interface the name resolves to.
            eniSlot = health.pick(in: layout.zoneList, start: demand.interfaceStart, count: demand.interfaceCount, u: u1)
            // What is left of u1 after that pick: uniform, and independent of it while no AZ
            // is avoided.
            let x = u1 * Double(demand.interfaceCount)
            nodeU = x - x.rounded(.down)
        case .zonal:
            // The client's own AZ when it has one and it is not avoided.
            eniSlot = layout.slot(of: clientZone, start: demand.interfaceStart, count: demand.interfaceCount)
            if eniSlot < 0 || health.isAvoided(clientZone) {
                eniSlot = health.pick(in: layout.zoneList, start: demand.interfaceStart, count: demand.interfaceCount, u: u1)
            }
        }
        let eniZone = layout.zoneList[Int(demand.interfaceStart) + eniSlot]
        // The NLB node: AZ-aligned with the interface in the same Region; a healthy AZ of
        // the provider otherwise.
        let nodeSlot = demand.sameRegion
            ? Swift.max(0, layout.slot(of: eniZone, start: service.zoneStart, count: service.zoneCount))
            : health.pick(in: layout.zoneList, start: service.zoneStart, count: service.zoneCount, u: nodeU)
        let nodeZone = layout.zoneList[Int(service.zoneStart) + nodeSlot]
        let target = crossZone
            ? layout.anyInstance(service, u: u2, health: health)
            : layout.instance(service, zoneSlot: nodeSlot, u: u2)
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
        components.hop = PrivateLinkHubStrategy.endpointHop
        components.hopsPerWay = 1
        return RequestPath(instance: target.instance, zones: zones, components: components,
                           consumerLink: demand.consumerLink + Int32(2 * eniSlot), connectionLimited: true,
                           connectionNode: UInt8(truncatingIfNeeded: nodeSlot))
    }
}

extension PrivateLinkHubStrategy {
    /// One way through an interface endpoint and its NLB: uniform 0.025–0.15 ms, so the
    /// round trip gains 0.05–0.3 ms (mean 0.175 ms).
    ///
    /// ⚠ Assumption: AWS publishes no figure. aws-facts.md §2.6 suggests +0.05 to +0.3 ms
    /// per request round trip; the one measurement (PlanetScale Postgres over PrivateLink vs
    /// its public endpoint, eu-central-1, github.com/Batuhan1999/privatelink-benchmark) found
    /// +0.26 ms at the median for 1 KiB queries and −0.03 to +0.14 ms for 16–64 KiB.
    public static let endpointHopDefinition = HopDefinition(
        key: "privatelink_hop", label: "PrivateLink hop, each way",
        defaultDelay: DelayDistribution(body: .uniformDuration(min: "0.025ms", max: "0.15ms")),
        basis: "⚠ assumption: AWS publishes no figure; one third-party benchmark (+0.26 ms at the median)")

    /// `endpointHopDefinition`'s index in `hops`.
    static let endpointHop: UInt8 = 0

    public static var hops: [HopDefinition] { [endpointHopDefinition] }

    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        PrivateLinkHubPath(crossZone: configuration.options.privateLink.crossZone, dns: configuration.options.privateLink.dns)
    }
}

import CloudModel
import SimKernel

/// The topology flattened into integer-indexed arrays for the per-request path: AZs get
/// global indexes, instances get global indexes, and every list a request consults (a VPC's
/// AZs, an endpoint's interfaces) is a slice of one flat array. Built once per run; nothing
/// on the per-request path looks anything up by name or hash.
///
/// The layout is design-neutral; a design's `DataPlanePath.prepare` adds its own parts
/// (the interfaces a demand passes, capacity links) through the fields reserved for them.
public struct DataPlaneLayout {
    /// Per service.
    public struct Service {
        var region: Int32
        /// The provider VPC's AZs: `zoneList[zoneStart ..< zoneStart + zoneCount]`.
        var zoneStart: Int32
        var zoneCount: Int32
        /// Instances `instanceBase ..< instanceBase + zoneCount * perAZ`, AZ by AZ.
        var instanceBase: Int32
        var perAZ: Int32
        /// Waiting limit in ns, or -1 for none.
        var timeout: Int64
        /// The design's first provider-side capacity link for this service (e.g. the
        /// provider VPC's TGW attachment), -1 when unused.
        var providerLink: Int32 = -1
    }

    /// Per demand.
    public struct Demand {
        var service: Int32
        /// Index into the (from region, to region, service) result keys.
        var key: Int32
        /// Index into `paths`.
        var path: Int32
        var sameRegion: Bool
        /// The consumer VPC's AZs (clients sit there).
        var clientZoneStart: Int32
        var clientZoneCount: Int32
        /// The design's interfaces for this demand, as AZs: `zoneList[interfaceStart ..<
        /// interfaceStart + interfaceCount]` (e.g. a PrivateLink endpoint's interfaces).
        var interfaceStart: Int32 = 0
        var interfaceCount: Int32 = 0
        /// The design's first consumer-side capacity link for this demand (an endpoint
        /// interface, a TGW attachment), -1 when unused.
        var consumerLink: Int32 = -1
        /// For a design whose hops differ from demand to demand (an estate's own path),
        /// the hop this demand passes (an index into the design's `hops`) and how many times
        /// each way (0: none); set by the design's `prepare`.
        var hop: UInt8 = 0
        var hopsPerWay: UInt8 = 0
        /// The load balancer in front of the service that this demand's requests pass once
        /// each way (`LoadBalancerKind.hopIndex`, 0: none). The data plane sets it from the
        /// service (`ConnectivityStrategy.addedLoadBalancer`) before the design's `prepare`,
        /// which may change it for a demand whose path already holds the balancer (an
        /// imported estate's interface endpoint: its `privatelink_hop` includes its endpoint service's NLB).
        var balancer: UInt8 = 0
        /// Mean gap between requests, ns.
        var meanInterval: Double
        /// When the consumer VPC exists, ns.
        var createdAt: Int64
        /// Requests a client connection carries (`requests_per_connection`): every this many
        /// requests of the demand, one opens a new connection.
        var requestsPerConnection: UInt32 = 1
    }

    /// A (client region, service region, service) triple: one row of the outputs.
    struct Key: Hashable {
        var from: Int
        var to: Int
        var service: Int
    }

    var zoneCount: Int
    var zoneBase: [Int]
    var zoneList: [UInt16] = []
    var services: [Service] = []
    var demands: [Demand] = []
    var keys: [Key] = []
    /// Global zone of each instance, and its service.
    var instanceZone: [UInt16] = []
    var instanceService: [Int32] = []
    /// Instances per global zone, for draining them in an outage.
    var instancesByZone: [[Int32]]
    /// Where each VPC's AZs start in `zoneList` (see `zones(ofVPC:)`).
    var vpcZoneStart: [Int32] = []
    /// Resolved delays per (from, to) region pair of the topology, row-major.
    var paths: [PathLatency] = []

    init(topology: Topology, latency: LatencyModel) throws(DataPlaneError) {
        let regionCount = topology.regions.count
        var base: [Int] = []
        var total = 0
        for region in topology.regions {
            base.append(total)
            total += region.zones.count
        }
        guard total <= Int(UInt16.max) else {
            throw DataPlaneError("the topology has \(total) AZs; the data plane handles at most \(UInt16.max)")
        }
        zoneCount = total
        zoneBase = base
        instancesByZone = Array(repeating: [], count: total)

        // Delays per region pair, mapped from the latency model's region order.
        var modelIndex: [Int] = []
        for region in topology.regions {
            guard let index = latency.regions.firstIndex(of: region.name) else {
                throw DataPlaneError("the latency model has no region \(region.name)")
            }
            modelIndex.append(index)
        }
        for from in 0..<regionCount {
            for to in 0..<regionCount {
                paths.append(latency.path(from: modelIndex[from], to: modelIndex[to]))
            }
        }

        // Every VPC's AZs as global zones.
        for entry in topology.vpcs {
            vpcZoneStart.append(Int32(zoneList.count))
            for zone in entry.zones {
                guard zone >= 0, zone < topology.regions[entry.region].zones.count else {
                    throw DataPlaneError("VPC \(entry.vpc.name) uses AZ index \(zone), which its region does not have")
                }
                zoneList.append(UInt16(base[entry.region] + zone))
            }
        }
        func zonesOf(_ vpc: Int) -> ArraySlice<UInt16> { zones(ofVPC: vpc, topology: topology) }

        // Services and their instances.
        for (index, service) in topology.services.enumerated() {
            guard service.vpc >= 0, service.vpc < topology.vpcs.count else {
                throw DataPlaneError("service \(service.name) runs in VPC index \(service.vpc), which does not exist")
            }
            guard service.instancesPerAZ >= 1, service.concurrency >= 1 else {
                throw DataPlaneError("service \(service.name) needs at least one instance per AZ and a concurrency of at least 1")
            }
            let zones = zonesOf(service.vpc)
            guard !zones.isEmpty else { throw DataPlaneError("service \(service.name) runs in a VPC with no AZ") }
            let instanceBase = Int32(instanceZone.count)
            for zone in zones {
                for _ in 0..<service.instancesPerAZ {
                    instancesByZone[Int(zone)].append(Int32(instanceZone.count))
                    instanceZone.append(zone)
                    instanceService.append(Int32(index))
                }
            }
            services.append(Service(
                region: Int32(topology.vpcs[service.vpc].region),
                zoneStart: Int32(zones.startIndex), zoneCount: Int32(zones.count),
                instanceBase: instanceBase, perAZ: Int32(service.instancesPerAZ),
                timeout: service.timeout?.nanoseconds ?? -1))
        }

        // Demands: result keys and client AZs.
        var keyIndex: [Key: Int32] = [:]
        for demand in topology.demands {
            guard demand.consumer >= 0, demand.consumer < topology.vpcs.count,
                  demand.service >= 0, demand.service < topology.services.count else {
                throw DataPlaneError("a demand names VPC \(demand.consumer) and service \(demand.service), which do not both exist")
            }
            guard demand.ratePerSecond > 0, demand.ratePerSecond.isFinite else {
                throw DataPlaneError("a demand's rate must be positive, found \(demand.ratePerSecond)/s")
            }
            let consumer = topology.vpcs[demand.consumer]
            let provider = topology.services[demand.service].vpc
            let from = consumer.region, to = topology.vpcs[provider].region
            let path = paths[from * regionCount + to]
            if from != to && path.rtt == nil {
                throw DataPlaneError("no round-trip data from \(topology.regions[from].name) to \(topology.regions[to].name): "
                                     + "add a latency override for the pair")
            }
            let clientZones = zonesOf(demand.consumer)
            guard !clientZones.isEmpty else { throw DataPlaneError("VPC \(consumer.vpc.name) has no AZ for its clients") }
            let key = Key(from: from, to: to, service: demand.service)
            let keyNumber: Int32
            if let known = keyIndex[key] {
                keyNumber = known
            } else {
                keyNumber = Int32(keys.count)
                keyIndex[key] = keyNumber
                keys.append(key)
            }
            demands.append(Demand(
                service: Int32(demand.service), key: keyNumber, path: Int32(from * regionCount + to),
                sameRegion: from == to,
                clientZoneStart: Int32(clientZones.startIndex), clientZoneCount: Int32(clientZones.count),
                meanInterval: 1e9 / demand.ratePerSecond,
                createdAt: consumer.createdAt.nanoseconds,
                requestsPerConnection: UInt32(clamping: max(1, demand.requestsPerConnection))))
        }
    }

    /// The AZs of VPC `vpc` (global zones), as a slice of `zoneList`.
    func zones(ofVPC vpc: Int, topology: Topology) -> ArraySlice<UInt16> {
        let start = Int(vpcZoneStart[vpc])
        return zoneList[start..<(start + topology.vpcs[vpc].zones.count)]
    }

    /// The zone-list position of `zone` among `count` entries from `start`, or -1.
    func slot(of zone: UInt16, start: Int32, count: Int32) -> Int {
        for k in 0..<Int(count) where zoneList[Int(start) + k] == zone { return k }
        return -1
    }
}

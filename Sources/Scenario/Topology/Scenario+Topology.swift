import CloudModel
import SimKernel
import Strategies
import ScenarioReading

extension Scenario {
    /// The most CIDR blocks one VPC may have: AWS allows 50 IPv4 and 5 IPv6 blocks at most,
    /// and vpcsim keeps which of a peer's blocks a route table holds in 64 bits.
    public static let maximumCIDRsPerVPC = 64

    /// The concrete network of replication `replication`: regions with their AZ ids, every
    /// VPC (fleets expanded, CIDRs allocated, creation times drawn), services and demands.
    ///
    /// - Fleets take blocks from their `cidr_pool` in address order, skipping the blocks of
    ///   explicit VPCs and of earlier fleets; each VPC reuses an already taken block of its
    ///   own fleet with probability `overlap`, drawn from the stream
    ///   (seed, `topology.overlap.<fleet>`, replication).
    /// - The growing fleet's first `initial` VPCs exist at time 0; each next one arrives an
    ///   `interarrival` draw later (stream (seed, `topology.growth.<fleet>`, replication)),
    ///   until the fleet's count; a VPC that would arrive after `horizon` is not created.
    ///   Every other VPC exists at time 0.
    /// - VPCs are ordered by creation time, ties in file order (explicit VPCs, then fleets,
    ///   each fleet's VPCs in order, named `<fleet>-1`, `<fleet>-2`, ...). This is the join
    ///   order the strategies rely on.
    /// - A traffic entry from a fleet becomes one demand per created VPC of the fleet.
    ///
    /// The result depends only on the scenario and `replication`, so every strategy of a
    /// replication sees the same topology.
    public func topology(replication: Int) throws(TopologyError) -> Topology {
        // Regions, in scenario order.
        var regionModels: [Region] = []
        var regionEntries: [Topology.RegionEntry] = []
        for spec in regions {
            let region: Region
            do throws(RegionError) {
                if let builtIn = BuiltInRegions.named(spec.name) {
                    region = builtIn
                } else {
                    region = try Region.declared(name: spec.name, zoneCount: spec.azs)
                }
                regionEntries.append(Topology.RegionEntry(name: spec.name, zones: try region.zones(count: spec.azs)))
            } catch {
                throw TopologyError("region \(spec.name): \(error.message)",
                                    at: KeyPath.root.appending(key: "regions").appending(key: spec.name))
            }
            regionModels.append(region)
        }
        func regionIndex(_ name: String) throws(TopologyError) -> Int {
            guard let index = regions.firstIndex(where: { $0.name == name }) else {
                throw TopologyError("region \(name) is not among the scenario's regions", at: .root)
            }
            return index
        }

        // VPC descriptions before ids: explicit, then fleets.
        struct Draft {
            var name: String
            var region: Int
            var cidrs: [CIDRBlock]
            var azs: Int
            var routeTables: Int
            var createdAt: SimTime
            var fleet: String?
            var reused: Bool
            var order: Int
            /// The scenario item it comes from (`vpcs[0]`, `fleets[1]`).
            var path: KeyPath
        }
        var drafts: [Draft] = []
        for (v, spec) in vpcs.enumerated() {
            drafts.append(Draft(name: spec.name, region: try regionIndex(spec.region), cidrs: spec.cidrs, azs: spec.azs,
                                routeTables: spec.routeTables, createdAt: .zero, fleet: nil, reused: false,
                                order: drafts.count, path: KeyPath.root.appending(key: "vpcs").appending(index: v)))
        }
        var taken = vpcs.flatMap(\.cidrs)
        for (f, fleet) in fleets.enumerated() {
            let fleetPath = KeyPath.root.appending(key: "fleets").appending(index: f)
            let times = creationTimes(of: fleet, replication: replication)
            var pool: CIDRPool
            do {
                pool = try CIDRPool(pool: fleet.cidrPool, prefixLength: fleet.prefix, reserved: taken)
            } catch {
                throw TopologyError("fleet \(fleet.name): \(error.message)", at: fleetPath.appending(key: "cidr_pool"))
            }
            let stream = RandomStream(runSeed: seed, purpose: "topology.overlap.\(fleet.name)", index: UInt64(replication))
            let region = try regionIndex(fleet.region)
            for (i, time) in times.enumerated() {
                let allocation: CIDRAllocation
                do {
                    allocation = try pool.allocate(overlap: fleet.overlap, stream: stream)
                } catch {
                    throw TopologyError("fleet \(fleet.name), VPC \(i + 1): \(error.message)", at: fleetPath)
                }
                drafts.append(Draft(name: "\(fleet.name)-\(i + 1)", region: region, cidrs: [allocation.block],
                                    azs: fleet.azs, routeTables: fleet.routeTables, createdAt: time, fleet: fleet.name,
                                    reused: allocation.reused, order: drafts.count, path: fleetPath))
            }
            taken += pool.taken
        }
        drafts.sort { $0.createdAt != $1.createdAt ? $0.createdAt < $1.createdAt : $0.order < $1.order }

        var entries: [Topology.VPCEntry] = []
        entries.reserveCapacity(drafts.count)
        var indexByName: [String: Int] = [:]   // build-time only; never iterated
        for (index, draft) in drafts.enumerated() {
            guard draft.cidrs.count <= Self.maximumCIDRsPerVPC else {
                throw TopologyError("VPC \(draft.name) has \(draft.cidrs.count) CIDR blocks; at most "
                                    + "\(Self.maximumCIDRsPerVPC) are supported (AWS allows 55)",
                                    at: draft.path.appending(key: "cidrs"))
            }
            let region = regionModels[draft.region]
            let zones = regionEntries[draft.region].zones
            guard draft.azs <= zones.count else {
                throw TopologyError("VPC \(draft.name) spans \(draft.azs) AZs but \(region.name) has \(zones.count) in this scenario",
                                    at: draft.path.appending(key: "azs"))
            }
            let vpc: VPC
            do {
                vpc = try VPC(id: VPCID(UInt32(index)), name: draft.name, region: region, cidrs: draft.cidrs,
                              zones: Array(zones.prefix(draft.azs)), routeTableCount: draft.routeTables)
            } catch {
                throw TopologyError("VPC \(draft.name): \(error.message)", at: draft.path)
            }
            entries.append(Topology.VPCEntry(vpc: vpc, region: draft.region, zones: Array(0..<draft.azs),
                                             createdAt: draft.createdAt, fleet: draft.fleet,
                                             reusesTakenBlock: draft.reused))
            indexByName[draft.name] = index
        }

        var serviceEntries: [Topology.ServiceEntry] = []
        for (i, service) in services.enumerated() {
            guard let vpc = indexByName[service.vpc] else {
                throw TopologyError("service \(service.name) runs in VPC \(service.vpc), which does not exist",
                                    at: KeyPath.root.appending(key: "services").appending(index: i).appending(key: "vpc"))
            }
            serviceEntries.append(Topology.ServiceEntry(
                name: service.name, vpc: vpc, port: service.port, instancesPerAZ: service.instancesPerAZ,
                concurrency: service.concurrency, serviceTime: service.serviceTime, timeout: service.timeout,
                loadBalancer: service.loadBalancer))
        }

        // Each fleet's VPCs in fleet order (the number their names end with), once for every
        // traffic entry that comes from the fleet.
        var fleetMembers: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let fleet = entry.fleet { fleetMembers[fleet, default: []].append(index) }
        }
        for (fleet, members) in fleetMembers {
            fleetMembers[fleet] = members.map { ($0, fleetNumber(entries[$0].vpc.name)) }
                .sorted { $0.1 < $1.1 }.map(\.0)
        }
        var demands: [Topology.Demand] = []
        for (t, entry) in traffic.enumerated() {
            guard let s = services.firstIndex(where: { $0.name == entry.to }) else {
                throw TopologyError("calls service \(entry.to), which does not exist",
                                    at: KeyPath.root.appending(key: "traffic").appending(index: t).appending(key: "to"))
            }
            let consumers: [Int]
            switch entry.from {
            case .vpc(let name):
                guard let v = indexByName[name] else {
                    throw TopologyError("comes from unknown VPC \(name)",
                                        at: KeyPath.root.appending(key: "traffic").appending(index: t).appending(key: "from"))
                }
                consumers = [v]
            case .fleet(let name):
                consumers = fleetMembers[name] ?? []
            }
            for c in consumers {
                demands.append(Topology.Demand(consumer: c, service: s, ratePerSecond: entry.rate.perSecond,
                                               requestSize: entry.requestSize, responseSize: entry.responseSize,
                                               trafficEntry: t, requestsPerConnection: entry.requestsPerConnection))
            }
        }
        return Topology(regions: regionEntries, vpcs: entries, services: serviceEntries, demands: demands)
    }

    /// Whether `topology(replication:)` draws random numbers, and so depends on the seed and
    /// the replication: only when a fleet grows (its creation times) or reuses blocks
    /// (`overlap` above 0). Otherwise every replication, whatever its seed, has the same
    /// topology, and the replications of one scenario may share one.
    public var topologyDependsOnSeed: Bool {
        fleets.contains { fleet in fleet.overlap > 0 || growth?.fleet == fleet.name }
    }

    /// The number after the last hyphen of a fleet VPC's name.
    private func fleetNumber(_ name: String) -> Int {
        Int(name.split(separator: "-").last ?? "") ?? 0
    }

    /// Creation times of a fleet's VPCs, in fleet order: all at 0 unless the fleet grows.
    private func creationTimes(of fleet: FleetSpec, replication: Int) -> [SimTime] {
        guard let growth, growth.fleet == fleet.name else {
            return Array(repeating: .zero, count: fleet.count)
        }
        var times = Array(repeating: SimTime.zero, count: min(growth.initial, fleet.count))
        let stream = RandomStream(runSeed: seed, purpose: "topology.growth.\(fleet.name)", index: UInt64(replication))
        var clock = SimTime.zero
        while times.count < fleet.count {
            clock += growth.interarrival.sampleTime(stream)
            if let horizon = growth.horizon, clock > horizon { break }
            times.append(clock)
        }
        return times
    }
}

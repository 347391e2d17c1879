import CloudModel
import SimKernel

/// The read-only material every strategy works from: the topology, the configuration, and
/// the indexes built from them once per run.
public struct StrategyContext {
    /// The VPCs, services and demands of this replication.
    public let topology: Topology
    /// Quotas, prices, delays, options.
    public let configuration: ControlPlaneConfiguration
    /// Every distinct CIDR block, who holds it, what overlaps it.
    public let addresses: AddressPlan
    /// Demands per VPC and the demand-driven goals.
    public let graph: DemandGraph
    /// Per demand, its monthly volume.
    public let traffic: [DemandTraffic]
    /// Draws the design's operation durations.
    let timer: OperationTimer
    /// Per VPC, copied out of the topology for the hot paths (no struct copies there):
    /// its number of route tables (as many as `route_tables_per_vpc` lets it create: the
    /// main table counts, and tables beyond the quota are refused at the VPC's creation), the routes (or rules) a peer needs to reach it, its
    /// region index and its number of AZs.
    public let routeTableCounts: [Int]
    public let footprints: [FamilyCount]
    public let regions: [Int]
    public let zoneCounts: [Int]
    /// Per VPC, its AZs as bits of their positions in its region's zone list, so that
    /// `commonZoneCount` is one AND and a population count (the cost of every timeseries row
    /// asks it per demand); nil where that would not count the same as comparing the AZ ids
    /// (a position from 64 on, a VPC listing an AZ twice, a region listing an id twice).
    let zoneMasks: [UInt64?]
    /// Inter-region price per GB from region `i` to region `j`, at `i * regions + j` (zero on
    /// the diagonal): the cost loops read it per demand, so the price table is asked once.
    let interRegionRates: [Double]

    init<Operation: TimedOperation>(topology: Topology, configuration: ControlPlaneConfiguration, timed: Operation.Type) {
        self.topology = topology
        self.configuration = configuration
        addresses = AddressPlan(vpcs: topology.vpcs.map(\.vpc))
        graph = DemandGraph(topology: topology)
        traffic = topology.demands.map { DemandTraffic($0, prices: configuration.prices) }
        timer = OperationTimer(timed, configuration: configuration)
        let tableLimit = configuration.quotas[.routeTablesPerVPC].value.map { Int($0) } ?? Int.max
        routeTableCounts = topology.vpcs.map { min($0.vpc.routeTableCount, tableLimit) }
        footprints = topology.vpcs.map(\.vpc.routesToReach)
        regions = topology.vpcs.map(\.region)
        zoneCounts = topology.vpcs.map(\.zones.count)
        let distinctRegions = topology.regions.map { Set($0.zones).count == $0.zones.count }
        zoneMasks = topology.vpcs.map { entry in
            guard distinctRegions[entry.region] else { return nil }
            var mask: UInt64 = 0
            for zone in entry.zones {
                guard zone >= 0, zone < 64, mask & (1 << UInt64(zone)) == 0 else { return nil }
                mask |= 1 << UInt64(zone)
            }
            return mask
        }
        let names = topology.regions.map(\.name), prices = configuration.prices
        interRegionRates = names.flatMap { from in names.map { to in prices.interRegionPerGB(from: from, to: to) } }
    }

    /// The quotas in force.
    @inlinable public var quotas: QuotaSet { configuration.quotas }
    /// The prices in force.
    @inlinable public var prices: PriceTable { configuration.prices }

    /// The address vpcsim uses for VPC `v`'s hosts.
    public func address(of v: Int) -> IPAddress { .ipv4(addresses.representative[v]) }

    /// The region index of VPC `v`.
    @inlinable public func region(of v: Int) -> Int { regions[v] }

    /// The AZ ids VPC `v` uses.
    public func zoneIDs(of v: Int) -> [AvailabilityZoneID] {
        let entry = topology.vpcs[v]
        return entry.zones.map { topology.regions[entry.region].zones[$0] }
    }

    /// Share of a consumer's requests that cross an AZ to reach an instance in the
    /// provider's VPC, in the same region, when clients sit in a uniformly random AZ of the
    /// consumer (equal instances per AZ):
    /// - `any-az`: the client balances uniformly over instances in every AZ of the provider:
    ///   1 − |common AZ ids| / (|consumer AZs| · |provider AZs|); with the consumer's AZs
    ///   among the provider's this is 1 − 1/(provider AZs), (k − 1)/k for k AZs each;
    /// - `same-az`: only clients in an AZ the provider lacks cross: 1 − |common| / |consumer AZs|.
    /// Zero across regions (inter-region transfer is priced instead).
    public func crossAZShare(consumer c: Int, provider p: Int, routing: ClientRouting = .anyAZ) -> Double {
        guard region(of: c) == region(of: p) else { return 0 }
        let common = Double(commonZoneCount(c, p))
        let mine = Double(zoneCounts[c]), theirs = Double(zoneCounts[p])
        switch routing {
        case .anyAZ: return 1 - common / (mine * theirs)
        case .sameAZ: return 1 - common / mine
        }
    }

    /// How many AZ ids VPCs `a` and `b` both use (meaningful in one region).
    public func commonZoneCount(_ a: Int, _ b: Int) -> Int {
        if region(of: a) == region(of: b), let mine = zoneMasks[a], let theirs = zoneMasks[b] {
            return (mine & theirs).nonzeroBitCount
        }
        let mine = zoneIDs(of: a), theirs = zoneIDs(of: b)
        return mine.filter { theirs.contains($0) }.count
    }

    /// Inter-region price per GB from VPC `a`'s region to VPC `b`'s (zero within a region).
    public func interRegionPerGB(from a: Int, to b: Int) -> Double {
        interRegionRates[region(of: a) * topology.regions.count + region(of: b)]
    }
}

import SimKernel

/// One replication's concrete network: every region, VPC (fleets expanded, CIDRs
/// allocated, creation times drawn), service and traffic demand, addressed by dense
/// integer indexes so that simulations can keep per-VPC and per-demand state in arrays.
///
/// It is built from a scenario once per replication (overlap choices and growth arrival
/// times are random) and then shared, unchanged, by every strategy of that replication:
/// the strategies see the same VPCs at the same times (common random numbers).
public struct Topology: Sendable {
    /// The regions in use; a VPC's `region` indexes this array.
    public var regions: [RegionEntry]
    /// Every VPC that exists at some point, in join order: explicit VPCs first (file
    /// order), then fleet VPCs (fleet order, then index). Join order breaks ties between
    /// VPCs created at the same time.
    public var vpcs: [VPCEntry]
    /// Services, in file order.
    public var services: [ServiceEntry]
    /// Traffic demands, one per (consumer VPC, traffic entry): a fleet's entry expands
    /// into one demand per VPC of the fleet.
    public var demands: [Demand]

    public init(regions: [RegionEntry], vpcs: [VPCEntry], services: [ServiceEntry], demands: [Demand]) {
        self.regions = regions
        self.vpcs = vpcs
        self.services = services
        self.demands = demands
    }

    /// A region in use and the AZs the scenario uses there (zone index i = AZ number i+1).
    public struct RegionEntry: Sendable, Equatable {
        public var name: String
        public var zones: [AvailabilityZoneID]
        public init(name: String, zones: [AvailabilityZoneID]) {
            self.name = name
            self.zones = zones
        }
    }

    /// A VPC and where it sits in the run.
    public struct VPCEntry: Sendable {
        /// The VPC itself (CIDRs, subnets per AZ, route-table count).
        public var vpc: VPC
        /// Index into `Topology.regions`.
        public var region: Int
        /// Indexes into the region's `zones` of the AZs the VPC uses, in the VPC's subnet order.
        public var zones: [Int]
        /// When the VPC is created: zero for a provisioned topology, later for growth.
        public var createdAt: SimTime
        /// The fleet it belongs to, or nil for an explicit VPC.
        public var fleet: String?
        /// True when its primary block reuses one already taken (a fleet's `overlap` share).
        public var reusesTakenBlock: Bool

        public init(vpc: VPC, region: Int, zones: [Int], createdAt: SimTime = .zero,
                    fleet: String? = nil, reusesTakenBlock: Bool = false) {
            self.vpc = vpc
            self.region = region
            self.zones = zones
            self.createdAt = createdAt
            self.fleet = fleet
            self.reusesTakenBlock = reusesTakenBlock
        }
    }

    /// A service: instances in the AZs of its (provider) VPC.
    public struct ServiceEntry: Sendable {
        public var name: String
        /// Index into `Topology.vpcs` of the VPC it runs in.
        public var vpc: Int
        public var port: Int
        public var instancesPerAZ: Int
        /// Requests one instance serves at once.
        public var concurrency: Int
        public var serviceTime: DistributionSpec
        /// A request waiting longer than this for an instance fails; nil waits forever.
        public var timeout: SimTime?
        /// The load balancer its provider runs in front of the instances.
        public var loadBalancer: LoadBalancerKind

        public init(name: String, vpc: Int, port: Int, instancesPerAZ: Int, concurrency: Int,
                    serviceTime: DistributionSpec, timeout: SimTime? = nil,
                    loadBalancer: LoadBalancerKind = .serviceDefault) {
            self.name = name
            self.vpc = vpc
            self.port = port
            self.instancesPerAZ = instancesPerAZ
            self.concurrency = concurrency
            self.serviceTime = serviceTime
            self.timeout = timeout
            self.loadBalancer = loadBalancer
        }
    }

    /// One consumer VPC calling one service.
    public struct Demand: Sendable {
        /// Index into `Topology.vpcs` of the calling VPC.
        public var consumer: Int
        /// Index into `Topology.services`.
        public var service: Int
        /// Mean requests per second (Poisson arrivals).
        public var ratePerSecond: Double
        public var requestSize: DistributionSpec
        public var responseSize: DistributionSpec
        /// Index of the scenario's `traffic` entry it comes from.
        public var trafficEntry: Int
        /// Requests a client sends over one connection (`ConnectionReuse`), ≥ 1.
        public var requestsPerConnection: Int

        public init(consumer: Int, service: Int, ratePerSecond: Double, requestSize: DistributionSpec,
                    responseSize: DistributionSpec, trafficEntry: Int,
                    requestsPerConnection: Int = ConnectionReuse.defaultRequestsPerConnection) {
            self.consumer = consumer
            self.service = service
            self.ratePerSecond = ratePerSecond
            self.requestSize = requestSize
            self.responseSize = responseSize
            self.trafficEntry = trafficEntry
            self.requestsPerConnection = max(1, requestsPerConnection)
        }

        /// New connections per second: the rate over the requests each connection carries.
        public var newConnectionsPerSecond: Double { ratePerSecond / Double(requestsPerConnection) }
    }
}

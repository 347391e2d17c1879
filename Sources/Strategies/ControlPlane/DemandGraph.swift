import CloudModel

/// Who calls whom, indexed for the control plane: per VPC the demands it takes part in, and
/// the connectivity goals that the demand-driven designs set up.
///
/// A goal is a distinct (consumer VPC, service) pair whose VPCs differ: what `mesh: needed`
/// peering, PrivateLink and Transit Gateway must make reachable. It belongs to the later of
/// its two VPCs to join, whose `time_to_connect` it counts in.
public struct DemandGraph: Sendable {
    /// One (consumer VPC, service) pair that must become reachable.
    public struct Goal: Hashable, Sendable {
        /// The consumer VPC.
        public var consumer: Int
        /// The service (index into `Topology.services`).
        public var service: Int
        /// The VPC the service runs in.
        public var provider: Int
        /// The later of `consumer` and `provider` in join order.
        public var owner: Int { max(consumer, provider) }
    }

    /// Per demand, the consumer VPC.
    public let consumer: [Int]
    /// Per demand, the VPC of the service it calls.
    public let provider: [Int]
    /// Per VPC, the demands where it is the consumer or the provider (each once, in order).
    public let demandsOf: [[UInt32]]
    /// Per demand, its goal, or -1 when consumer and provider are the same VPC.
    public let goalOfDemand: [Int]
    /// The goals, in order of their first demand.
    public let goals: [Goal]
    /// Per goal, its demands.
    public let demandsOfGoal: [[UInt32]]

    /// Indexes the demands of `topology`.
    public init(topology: Topology) {
        let n = topology.vpcs.count
        var consumer: [Int] = [], provider: [Int] = []
        var demandsOf = Array(repeating: [UInt32](), count: n)
        var goalOfDemand: [Int] = []
        var goals: [Goal] = []
        var demandsOfGoal: [[UInt32]] = []
        var goalNumbers: [Goal: Int] = [:]   // build-time only; never iterated
        for (d, demand) in topology.demands.enumerated() {
            let c = demand.consumer, p = topology.services[demand.service].vpc
            consumer.append(c)
            provider.append(p)
            demandsOf[c].append(UInt32(d))
            if p != c { demandsOf[p].append(UInt32(d)) }
            guard p != c else {
                goalOfDemand.append(-1)
                continue
            }
            let goal = Goal(consumer: c, service: demand.service, provider: p)
            if let g = goalNumbers[goal] {
                goalOfDemand.append(g)
                demandsOfGoal[g].append(UInt32(d))
            } else {
                goalNumbers[goal] = goals.count
                goalOfDemand.append(goals.count)
                demandsOfGoal.append([UInt32(d)])
                goals.append(goal)
            }
        }
        self.consumer = consumer
        self.provider = provider
        self.demandsOf = demandsOf
        self.goalOfDemand = goalOfDemand
        self.goals = goals
        self.demandsOfGoal = demandsOfGoal
    }

    /// Calls `body` with every demand between VPCs `a` and `b` (either direction), scanning
    /// the shorter of the two VPCs' lists.
    public func forEachDemand(between a: Int, and b: Int, _ body: (Int) -> Void) {
        let (short, other) = demandsOf[a].count <= demandsOf[b].count ? (a, b) : (b, a)
        for d in demandsOf[short] {
            let d = Int(d)
            if (consumer[d] == short && provider[d] == other) || (provider[d] == short && consumer[d] == other) {
                body(d)
            }
        }
    }

    /// The distinct VPCs that VPC `v` exchanges traffic with (as consumer or provider), in
    /// increasing order.
    public func partners(of v: Int) -> [Int] {
        var result: [Int] = []
        for d in demandsOf[v] {
            let d = Int(d)
            let other = consumer[d] == v ? provider[d] : consumer[d]
            if other != v { result.append(other) }
        }
        result.sort()
        var unique: [Int] = []
        for x in result where unique.last != x { unique.append(x) }
        return unique
    }
}

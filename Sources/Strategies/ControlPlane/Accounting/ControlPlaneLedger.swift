import CloudModel
import SimKernel

/// The books every strategy keeps the same way: VPCs created, API calls, quota
/// violations, per-demand reachability, connectivity goals and time to connect, and the
/// inventory of what was built. Strategies write to it; `ControlPlane` reads it for results.
public struct ControlPlaneLedger: Sendable {
    /// Per VPC, its creation time in nanoseconds, or -1 while it does not exist.
    public private(set) var createdAt: [Int64]
    /// VPCs created so far.
    public private(set) var vpcsCreated = 0
    /// Regions holding at least one created VPC.
    public private(set) var regionsInUse = 0
    private var regionInUse: [Bool]

    /// API calls so far, per call of the design's `Operation` (indexed by raw value).
    public private(set) var apiCalls: [Int]
    /// API calls so far, all operations.
    public private(set) var apiOperations = 0

    /// Operations refused by a quota, per `QuotaKey` (in `QuotaKey.allCases` order).
    public private(set) var quotaViolationsByKey: [Int]
    /// Operations refused by a quota, all quotas.
    public private(set) var quotaViolations = 0
    /// VPCs created when the first quota violation happened; nil while none has.
    public private(set) var firstInfeasibleVPCs: Int?

    /// Requests that had to wait for a pending-request slot (peering's outstanding-request
    /// quota, TGW's pending peering attachments) before being sent.
    public var requestsWaited = 0

    /// Per demand, whether it is reachable now (the data plane reads it per request).
    public private(set) var demandStatus: [Reachability]

    /// Per VPC, the connectivity goals it owns.
    public private(set) var goalCount: [Int32]
    /// Per VPC, how many of its goals have been reachable.
    public private(set) var goalsReached: [Int32]
    /// Per VPC, when the last of its goals became reachable (nanoseconds, -1 until then).
    public private(set) var connectedAt: [Int64]

    /// Per demand-driven goal (`DemandGraph.goals`), whether it has been reachable once.
    public internal(set) var demandGoalReached: [Bool]

    /// What has been built.
    public var inventory = Inventory()

    /// Control-plane events scheduled and not yet handled (regular samples excluded): the
    /// control plane is quiescent when this is zero.
    public private(set) var inFlight = 0

    init(vpcs: Int, regions: Int, demands: Int, demandGoals: Int, operations: Int) {
        demandGoalReached = Array(repeating: false, count: demandGoals)
        createdAt = Array(repeating: -1, count: vpcs)
        regionInUse = Array(repeating: false, count: regions)
        apiCalls = Array(repeating: 0, count: operations)
        quotaViolationsByKey = Array(repeating: 0, count: QuotaKey.allCases.count)
        demandStatus = Array(repeating: .unreachable(.notCreated), count: demands)
        goalCount = Array(repeating: 0, count: vpcs)
        goalsReached = Array(repeating: 0, count: vpcs)
        connectedAt = Array(repeating: -1, count: vpcs)
    }

    /// Schedules a control-plane event `delay` from now, counting it as work in flight.
    mutating func schedule<Queue: EventQueue, Kind: ControlPlaneEvent>(_ kind: Kind, after delay: SimTime, target: Int,
                                              a: Int = 0, in simulator: inout Simulator<Queue>) {
        inFlight += 1
        simulator.schedule(after: delay, kind: kind.rawValue, target: UInt32(target), a: UInt32(a))
    }

    /// Schedules a control-plane event at an absolute time, counting it as work in flight.
    mutating func schedule<Queue: EventQueue, Kind: ControlPlaneEvent>(_ kind: Kind, at time: SimTime, target: Int,
                                              in simulator: inout Simulator<Queue>) {
        inFlight += 1
        simulator.schedule(at: time, kind: kind.rawValue, target: UInt32(target))
    }

    /// Marks one scheduled event as handled.
    mutating func completeEvent() { inFlight -= 1 }

    /// Whether VPC `v` exists now.
    @inlinable public func exists(_ v: Int) -> Bool { createdAt[v] >= 0 }

    mutating func create(vpc v: Int, region: Int, at now: SimTime) {
        createdAt[v] = now.nanoseconds
        vpcsCreated += 1
        if !regionInUse[region] {
            regionInUse[region] = true
            regionsInUse += 1
        }
    }

    /// Counts `count` calls of `operation`.
    public mutating func count<Operation: DesignOperation>(_ operation: Operation, _ count: Int = 1) {
        apiCalls[operation.rawValue] += count
        apiOperations += count
    }

    /// Counts one operation refused by `quota`.
    public mutating func violate(_ quota: QuotaKey) {
        quotaViolationsByKey[QuotaKey.allCases.firstIndex(of: quota)!] += 1
        quotaViolations += 1
        if firstInfeasibleVPCs == nil { firstInfeasibleVPCs = vpcsCreated }
    }

    /// Counts one operation refused by a quota the catalog has no `QuotaKey` for yet (VPC
    /// Lattice's): in the totals, not in `quotaViolationsByKey`. TODO: give those quotas keys.
    public mutating func violateUnlistedQuota() {
        quotaViolations += 1
        if firstInfeasibleVPCs == nil { firstInfeasibleVPCs = vpcsCreated }
    }

    /// Sets a demand's reachability.
    public mutating func setDemand(_ d: Int, _ status: Reachability) { demandStatus[d] = status }

    /// Gives VPC `v` `count` more goals to reach.
    public mutating func addGoals(owner v: Int, count: Int) { goalCount[v] += Int32(count) }

    /// Records that one goal of VPC `v` became reachable at `now` (each goal once).
    public mutating func reachGoal(owner v: Int, at now: SimTime) {
        goalsReached[v] += 1
        if goalsReached[v] == goalCount[v] { connectedAt[v] = now.nanoseconds }
    }

    /// Per VPC with at least one goal, seconds from creation until every goal was
    /// reachable, or +∞ when some goal never was.
    public var timesToConnect: [Double] {
        var result: [Double] = []
        for v in goalCount.indices where goalCount[v] > 0 && createdAt[v] >= 0 {
            result.append(connectedAt[v] >= 0 ? Double(connectedAt[v] - createdAt[v]) / 1e9 : .infinity)
        }
        return result
    }
}

import CloudModel
import SimKernel

/// The control plane of one replication under one design, as a model on the engine.
///
/// It schedules the creation of every VPC of the topology (`start`), hands each VPC to the
/// strategy, which turns it into timed API operations (events of `ControlPlaneEventKind`,
/// all in 0..<1000), and keeps the books: per-demand reachability for the data plane
/// (`reachability(ofDemand:)`, O(1)), API calls, quota violations, time to connect, the
/// inventory and a bounded timeseries.
///
/// Two ways to run it:
/// - alone to quiescence, for a topology provisioned before time 0 (`provision`);
/// - inside a combined model (growth): call `start(in:)` once on the shared simulator and
///   pass every event whose kind `ControlPlaneEventKind.owns` to `handle(_:in:)`.
public struct ControlPlane<Strategy: ConnectivityStrategy>: EventHandler, ConnectivityView {
    /// The design and its state.
    public private(set) var strategy: Strategy
    /// The shared books.
    public private(set) var ledger: ControlPlaneLedger
    private var recorder: TimeseriesRecorder
    /// Simulator time of the control plane's time zero (when `start` ran).
    private var origin = SimTime.zero
    /// Added to times given by a later simulator (the data plane of a provisioned run).
    private var clockOffset = SimTime.zero
    private var sampleScheduled = false
    /// Time of the last operation handled (samples excluded).
    public private(set) var lastActivity = SimTime.zero

    /// A control plane for `topology` with nothing created yet.
    /// `topology.vpcs` must be in creation order (as `Scenario.topology(replication:)` builds
    /// it): the strategies take the index order for the join order.
    public init(topology: Topology, configuration: ControlPlaneConfiguration) {
        precondition(zip(topology.vpcs, topology.vpcs.dropFirst()).allSatisfy { $0.createdAt <= $1.createdAt },
                     "Topology.vpcs must be in creation order")
        let context = StrategyContext(topology: topology, configuration: configuration, timed: Strategy.TimedOperation.self)
        strategy = Strategy(context: context)
        ledger = ControlPlaneLedger(vpcs: topology.vpcs.count, regions: topology.regions.count,
                                    demands: topology.demands.count, demandGoals: context.graph.goals.count,
                                    operations: Strategy.Operation.allCases.count)
        let lastCreation = topology.vpcs.map(\.createdAt).max() ?? .zero
        let share = max(1, configuration.maximumTimeseriesRows / 2)
        recorder = TimeseriesRecorder(maximumRows: configuration.maximumTimeseriesRows, vpcs: topology.vpcs.count,
                                      interval: SimTime(nanoseconds: lastCreation.nanoseconds / Int64(share)))
    }

    /// The material the strategy works from (topology, configuration, indexes).
    public var context: StrategyContext { strategy.context }
    /// The topology.
    public var topology: Topology { strategy.context.topology }
    /// The design.
    public static var kind: StrategyKind { Strategy.kind }

    // MARK: Running

    /// Schedules every VPC's creation at its `createdAt` (relative to now) and the first
    /// regular sample. Call once.
    public mutating func start<Queue: EventQueue>(in simulator: inout Simulator<Queue>) {
        origin = simulator.now
        for (v, entry) in topology.vpcs.enumerated() {
            ledger.schedule(ControlPlaneEventKind.vpcCreated, at: origin + entry.createdAt, target: v, in: &simulator)
        }
        recorder.recordOther(row(at: simulator.now))
        scheduleSample(in: &simulator)
    }

    /// Handles one control-plane event (kind in `ControlPlaneEventKind.range`).
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        switch event.kind {
        case ControlPlaneEventKind.sample.rawValue:
            sampleScheduled = false
            recorder.recordTick(row(at: simulator.now))
        case ControlPlaneEventKind.vpcCreated.rawValue:
            ledger.completeEvent()
            lastActivity = simulator.now
            let v = Int(event.target)
            ledger.create(vpc: v, region: topology.vpcs[v].region, at: simulator.now)
            // `route_tables_per_vpc`: each CreateRouteTable beyond the quota is refused; the VPC
            // keeps the tables that fit (`StrategyContext.routeTableCounts`).
            let excess = topology.vpcs[v].vpc.routeTableCount - context.routeTableCounts[v]
            for _ in 0..<excess { ledger.violate(.routeTablesPerVPC) }
            strategy.vpcCreated(v, in: &simulator, ledger: &ledger)
            if recorder.shouldRecordJoin(total: topology.vpcs.count) { recorder.recordJoin(row(at: simulator.now)) }
        default:
            ledger.completeEvent()
            lastActivity = simulator.now
            strategy.handle(event, in: &simulator, ledger: &ledger)
        }
        scheduleSample(in: &simulator)
    }

    private mutating func scheduleSample<Queue: EventQueue>(in simulator: inout Simulator<Queue>) {
        guard !sampleScheduled, ledger.inFlight > 0 else { return }
        sampleScheduled = true
        simulator.schedule(after: recorder.interval, kind: ControlPlaneEventKind.sample.rawValue)
    }

    /// Runs a control plane alone, from time zero until no operation is left: the
    /// "provisioned before time 0" case. Afterwards `quiescentAt` tells when that was, and
    /// times given to fault operations and `finish(at:)` are read as data-plane times
    /// (0 = the end of provisioning).
    public static func provision(topology: Topology, configuration: ControlPlaneConfiguration) -> ControlPlane {
        var controlPlane = ControlPlane(topology: topology, configuration: configuration)
        var simulator = Simulator<DefaultEventQueue>()
        controlPlane.start(in: &simulator)
        simulator.run(handler: &controlPlane)
        controlPlane.provisioningEvents = simulator.eventsProcessed
        controlPlane.quiescentAt = controlPlane.lastActivity
        controlPlane.clockOffset = controlPlane.lastActivity
        return controlPlane
    }

    /// Events the engine processed during `provision` (0 for a control plane run otherwise).
    public private(set) var provisioningEvents: UInt64 = 0

    /// When a `provision` run became quiescent; nil for a control plane run otherwise.
    public private(set) var quiescentAt: SimTime?

    // MARK: Reading

    /// O(1): the cached reachability of demand `demand`, kept current as operations complete.
    @inlinable public func reachability(ofDemand demand: Int) -> Reachability { ledger.demandStatus[demand] }

    /// Reachability-Analyzer-style query between two host addresses (see
    /// `ConnectivityStrategy.reach`).
    public func reach(from: Int, _ source: IPAddress, to: Int, _ destination: IPAddress, port: Int? = nil) -> ReachResult {
        strategy.reach(from: from, source, to: to, destination, port: port, ledger: ledger)
    }

    /// The query for one demand, computed afresh (it agrees with `reachability(ofDemand:)`).
    public func reach(demand d: Int) -> ReachResult { strategy.reach(demand: d, ledger: ledger) }

    /// The summary.csv control-plane columns now.
    public func summary() -> ControlPlaneSummary {
        summary(outcomes: strategy.goalOutcomes(ledger: ledger))
    }

    private func summary(outcomes: (goals: Int, unreachable: [Int])) -> ControlPlaneSummary {
        let inventory = ledger.inventory
        return ControlPlaneSummary(
            vpcs: ledger.vpcsCreated, regions: ledger.regionsInUse, connections: inventory.connections,
            routeEntriesTotal: inventory.routeEntriesTotal, routeEntriesPropagated: inventory.routeEntriesPropagated,
            routeEntriesMaxPerTable: inventory.routeEntriesMaxPerTable, sgRulesTotal: inventory.securityGroupRules, enis: inventory.networkInterfaces,
            apiOperations: ledger.apiOperations, quotaViolations: ledger.quotaViolations,
            unreachablePairs: outcomes.unreachable.reduce(0, +), firstInfeasibleVPCs: ledger.firstInfeasibleVPCs,
            timeToConnectP50Seconds: ControlPlaneSummary.median(ledger.timesToConnect),
            monthlyCostUSD: strategy.monthlyCost(ledger: ledger).total)
    }

    /// The monthly run rate now, by the design's items.
    public func monthlyCost() -> Strategy.Cost { strategy.monthlyCost(ledger: ledger) }

    /// Closes the timeseries with a row at `time` and returns everything the run reports.
    public mutating func finish(at time: SimTime) -> ControlPlaneResult {
        recorder.recordOther(row(at: time + clockOffset))
        let outcomes = strategy.goalOutcomes(ledger: ledger)
        let quotas = DesignRegistry.quotaCatalog.keys.compactMap { key in
            ledger.quotaViolationsByKey[key].map { (quota: key, count: $0) }
        }
        let calls = Strategy.Operation.allCases.compactMap { op in
            ledger.apiCalls[op.rawValue] > 0 ? (operation: op.operation, count: ledger.apiCalls[op.rawValue]) : nil
        }
        return ControlPlaneResult(
            summary: summary(outcomes: outcomes),
            unreachableByReason: UnreachableReason.allCases.enumerated().map { (reason: $1, count: outcomes.unreachable[$0]) },
            goals: outcomes.goals, quotaViolationsByKey: quotas, apiCallsByOperation: calls,
            requestsWaited: ledger.requestsWaited, cost: strategy.monthlyCost(ledger: ledger).breakdown,
            designReport: strategy.report(ledger: ledger), timeseries: recorder.rows)
    }

    // MARK: Faults

    /// Applies a control-plane fault now (the design decides what it means, see
    /// `ConnectivityStrategy.faults`); reachability changes at once. False when the design
    /// does not know the fault or its target is not there to hit.
    ///
    /// Fault operations may schedule control-plane events on `simulator` (e.g. the next
    /// waiting request); a combined model must pass those events back to `handle`. After
    /// `provision`, `simulator` is the data plane's (its time 0 is the end of provisioning).
    @discardableResult
    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>) -> Bool {
        let done = strategy.apply(fault, in: &simulator, ledger: &ledger)
        if done { recorder.recordOther(row(at: simulator.now + clockOffset)) }
        scheduleSample(in: &simulator)
        return done
    }

    private func row(at time: SimTime) -> ControlPlaneTimeseriesRow {
        let inventory = ledger.inventory
        return ControlPlaneTimeseriesRow(
            time: time - origin, vpcs: ledger.vpcsCreated, connections: inventory.connections,
            routeEntriesTotal: inventory.routeEntriesTotal, routeEntriesMaxPerTable: inventory.routeEntriesMaxPerTable,
            apiOperations: ledger.apiOperations, quotaViolations: ledger.quotaViolations,
            monthlyCostUSD: strategy.monthlyCost(ledger: ledger).total)
    }
}

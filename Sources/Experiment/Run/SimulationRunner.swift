import CloudModel
import Foundation
import Scenario
import SimKernel
import Strategies

/// The simulator behind `vpcsim run` and `vpcsim sweep`: one replication of a scenario under
/// each of its strategies.
///
/// Per replication it builds the topology once (fleets expanded, CIDRs allocated, growth
/// arrival times drawn) and shares it, with the replication's seed, across the strategies:
/// common random numbers, so strategies differ by design rather than by sampling noise.
///
/// Time zero (DESIGN.md): without `growth`, the control plane is provisioned first, alone,
/// until no operation is left; its events, delays and quota checks are counted, and the data
/// plane then runs on the connected network from its own time 0. With `growth`, both run on
/// one engine from time 0: the data plane for `duration`, the control plane until growth
/// ends and its last operation completes.
public struct SimulationRunner: ScenarioRunner {
    /// The scenario file, named in errors found only when running.
    public var sourcePath: String

    public init(sourcePath: String) {
        self.sourcePath = sourcePath
    }

    public func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        try replications.flatMap { r in
            try runReplication(scenario, replication: r, seed: seeds.seed(replication: r)).map(\.summary)
        }
    }

    /// Every strategy of replication `replication`, in the scenario's order.
    public func runReplication(_ scenario: Scenario, replication: Int, seed: UInt64) throws(ScenarioError)
        -> [ReplicationResult] {
        try run(prepare(scenario, replication: replication, seed: seed), strategies: scenario.strategies)
    }

    /// The part of replication `replication` its strategies share (its topology and latency
    /// model), built once. With `share`, the replications of `scenario` given the same share
    /// take from it what does not depend on the seed (`ReplicationShare`) instead of building it.
    public func prepare(_ scenario: Scenario, replication: Int, seed: UInt64,
                        share: ReplicationShare? = nil) throws(ScenarioError) -> PreparedReplication {
        var seeded = scenario
        seeded.seed = seed
        let shared = try share?.parts { () throws(ScenarioError) -> ReplicationShare.Parts in
            var topology: Topology? = nil
            if !seeded.topologyDependsOnSeed { topology = try self.topology(seeded, replication: replication) }
            return ReplicationShare.Parts(topology: topology, latency: Self.latency(of: scenario))
        }
        let topology: Topology
        if let common = shared?.topology {
            topology = common
        } else {
            topology = try self.topology(seeded, replication: replication)
        }
        let latency = shared?.latency ?? Self.latency(of: scenario)
        return PreparedReplication(scenario: seeded, replication: replication, seed: seed, topology: topology,
                                   latency: latency)
    }

    /// The topology of replication `replication` of `seeded` (its seed the replication's).
    private func topology(_ seeded: Scenario, replication: Int) throws(ScenarioError) -> Topology {
        do {
            return try seeded.topology(replication: replication)
        } catch {
            throw seeded.error(error, file: sourcePath)
        }
    }

    /// The latency model of the scenario's Regions (the topology's, in scenario order).
    private static func latency(of scenario: Scenario) -> LatencyModel {
        LatencyModel(regions: scenario.regions.map(\.name), settings: scenario.latency)
    }

    /// The replications of `scenario`, sharing one `ReplicationShare`.
    public func replications(of scenario: Scenario) -> any ScenarioReplications {
        SharedReplications(runner: self, scenario: scenario, share: ReplicationShare())
    }

    /// `strategies` (of the prepared scenario's) on a prepared replication, in that order.
    public func run(_ prepared: PreparedReplication, strategies: [StrategyKind]) throws(ScenarioError) -> [ReplicationResult] {
        var results: [ReplicationResult] = []
        for strategy in strategies {
            let job = ReplicationJob(scenario: prepared.scenario, topology: prepared.topology, latency: prepared.latency,
                                     replication: prepared.replication, seed: prepared.seed, sourcePath: sourcePath)
            switch strategy.visit(job) {
            case .success(let result): results.append(result)
            case .failure(let error): throw error
            }
        }
        return results
    }
}

/// The replications of one scenario under `SimulationRunner`, sharing what does not depend
/// on the seed.
struct SharedReplications: ScenarioReplications {
    let runner: SimulationRunner
    let scenario: Scenario
    let share: ReplicationShare

    func run(replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        try replications.flatMap { (r: Int) throws -> [SummaryRow] in
            let prepared = try runner.prepare(scenario, replication: r, seed: seeds.seed(replication: r), share: share)
            return try runner.run(prepared, strategies: scenario.strategies).map(\.summary)
        }
    }
}

/// One strategy of one replication, run generically over the strategy type.
struct ReplicationJob: StrategyVisitor {
    let scenario: Scenario
    let topology: Topology
    let latency: LatencyModel
    let replication: Int
    let seed: UInt64
    let sourcePath: String

    func visit<Strategy: ConnectivityStrategy>(_ type: Strategy.Type) -> Result<ReplicationResult, ScenarioError> {
        let clock = ContinuousClock()
        let started = clock.now
        let configuration = scenario.controlPlaneConfiguration(replication: replication)
        var simulator = Simulator<DefaultEventQueue>()
        var control: ControlPlane<Strategy>
        if scenario.growth == nil {
            control = Strategy.provisionedControlPlane(topology: topology, configuration: configuration)
        } else {
            control = ControlPlane<Strategy>(topology: topology, configuration: configuration)
            control.start(in: &simulator)
        }
        let regionNames = topology.regions.map(\.name)
        let dataFaults = scenario.faults.enumerated().compactMap { index, fault in
            fault.dataPlaneFault(regions: regionNames).map { (index: index, fault: $0) }
        }
        // The NLB's per-target connection limits follow the quota `connections_per_nlb_target`.
        let connectionLimit = configuration.quotas[.connectionsPerNLBTarget].value.map { Int(clamping: $0) } ?? Int.max
        let dataPlaneOptions = DataPlaneOptions(nlbConnectionsPerTargetPerMinute: connectionLimit,
                                                nlbSimultaneousConnectionsPerTarget: connectionLimit)
        func buildData(_ topology: Topology, _ faults: [DataPlaneFault]) throws(DataPlaneError) -> DataPlane {
            try DataPlane(topology: topology, strategy: Strategy.kind, latency: latency,
                          configuration: configuration, options: dataPlaneOptions, seed: seed, replication: replication,
                          duration: scenario.duration, warmup: scenario.warmup, faults: faults)
        }
        var data: DataPlane
        do {
            data = try buildData(topology, dataFaults.map(\.fault))
        } catch {
            return .failure(scenario.locate(error, topology: topology, faults: dataFaults, file: sourcePath) { part, faults in
                do throws(DataPlaneError) { _ = try buildData(part, faults); return nil } catch { return error }
            })
        }
        data.start(in: &simulator)
        var controlFaults: [ControlPlaneFault] = []
        for fault in scenario.faults {
            guard let action = fault.controlPlaneFault(in: topology) else { continue }
            simulator.schedule(at: fault.at, kind: ReplicationModel.faultKind,
                               target: UInt32(controlFaults.count))
            controlFaults.append(action)
        }
        // The handler is not generic over the strategy, so the run loop is compiled for it.
        let controlBox = ControlPlaneBox(control)
        var model = ReplicationModel(control: controlBox, data: data, faults: controlFaults)
        let loopEventsBefore = simulator.eventsProcessed
        let loopStarted = clock.now
        let loopCPUStarted = ThreadCPUClock.seconds()
        simulator.run(handler: &model)
        let runLoop = RunLoopTiming(events: simulator.eventsProcessed - loopEventsBefore,
                                    wallSeconds: (clock.now - loopStarted).inSeconds,
                                    cpuSeconds: ThreadCPUClock.seconds() - loopCPUStarted)
        model.data.finish()
        let controlResult = controlBox.plane.finish(at: Swift.max(simulator.now, model.data.lastResponseTime))
        let events = simulator.eventsProcessed + controlBox.plane.provisioningEvents
        let elapsed = clock.now - started
        let dataResults = model.data.results
        var result = ReplicationResultBuilder(
            scenario: scenario.name, strategy: Strategy.kind, replication: replication, seed: seed
        ).build(control: controlResult, data: dataResults, events: events, wallSeconds: elapsed.inSeconds)
        let loads = ServiceLoad.loads(scenario, servesInEntryZone: Strategy.dataPlanePath(configuration).servesInEntryZone,
                                      waits: dataResults.serviceWait, lateWaits: dataResults.serviceWaitLate)
        result.loads = loads
        result.runLoop = runLoop
        result.summary.utilisation = loads.compactMap(\.offered).max()
        result.summary.overloaded = loads.filter(\.overloaded).count
        result.summary.objectiveValues = scenario.objectives.map { $0.measure(data: dataResults, summary: result.summary) }
        return .success(result)
    }
}

import Scenario
import SimKernel

/// Runs every replication of a scenario (each under all its strategies) on up to `jobs`
/// cores, and returns the results in (replication, strategy) order whatever order they
/// finished in, so the files written from them are identical for any `jobs`.
///
/// With more than one job, each (replication, strategy) is a unit of its own, so that a run
/// of one replication under five designs keeps both cores busy too; the replication's
/// topology and latency model (`PreparedReplication`) are built once, by whichever of its
/// units starts first, and shared by the others; what does not depend on the seed is built
/// once for all replications (`ReplicationShare`). With one job a replication runs its
/// strategies one after another. Units start longest first (`UnitOrder`).
public struct RunExecutor: Sendable {
    public var scenario: Scenario
    public var runner: SimulationRunner
    public var jobs: Int

    public init(scenario: Scenario, runner: SimulationRunner, jobs: Int) {
        self.scenario = scenario
        self.runner = runner
        self.jobs = max(1, jobs)
    }

    /// Runs them all; `progress` hears (replications done, replications in all, seconds).
    public func run(progress: @escaping @Sendable (SweepProgress) -> Void = { _ in }) async throws -> [ReplicationResult] {
        let seeds = ReplicationSeeds.run(seed: scenario.seed)
        let total = scenario.replications
        let clock = ContinuousClock()
        let started = clock.now
        func elapsed() -> Double {
            let d = clock.now - started
            return d.inSeconds
        }
        progress(SweepProgress(done: 0, total: total, resumed: 0, elapsedSeconds: 0))
        let strategies = scenario.strategies
        let perReplication = jobs > 1 ? strategies.count : 1
        let units = total * perReplication
        var byUnit = [[ReplicationResult]?](repeating: nil, count: units)
        var left = [Int](repeating: perReplication, count: total)
        var order = UnitOrder(replications: total, strategies: perReplication, window: 2 * jobs)
        // Per replication with units still to start, its shared part (being) built.
        var prepared: [Int: Task<PreparedReplication, any Error>] = [:]
        var unitsStarted = [Int](repeating: 0, count: total)
        let scenario = self.scenario, runner = self.runner
        // What the replications share whatever their seed (the latency model; the topology
        // unless it draws at random), built by the first of them.
        let share = ReplicationShare()
        try await withThrowingTaskGroup(of: (Int, Double, [ReplicationResult]).self) { group in
            func schedule() {
                guard let u = order.next() else { return }
                let r = u / perReplication
                let preparation: Task<PreparedReplication, any Error>
                if let known = prepared[r] {
                    preparation = known
                } else {
                    preparation = Task { try runner.prepare(scenario, replication: r, seed: seeds.seed(replication: r),
                                                        share: share) }
                    prepared[r] = preparation
                }
                unitsStarted[r] += 1
                if unitsStarted[r] == perReplication { prepared[r] = nil }
                let kinds = perReplication > 1 ? [strategies[u % perReplication]] : strategies
                group.addTask {
                    let clock = ContinuousClock()
                    let began = clock.now
                    let shared = try await preparation.value
                    let results = try runner.run(shared, strategies: kinds)
                    return (u, (clock.now - began).inSeconds, results)
                }
            }
            for _ in 0..<jobs { schedule() }
            var done = 0
            while let (u, seconds, results) = try await group.next() {
                order.finished(u, seconds: seconds)
                byUnit[u] = results
                left[u / perReplication] -= 1
                if left[u / perReplication] == 0 {
                    done += 1
                    progress(SweepProgress(done: done, total: total, resumed: 0, elapsedSeconds: elapsed()))
                }
                schedule()
            }
        }
        return byUnit.flatMap { $0 ?? [] }
    }
}

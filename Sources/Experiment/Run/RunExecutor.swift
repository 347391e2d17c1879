import Scenario
import SimKernel

/// Runs every replication of a scenario (each under all its strategies) on up to `jobs`
/// cores, and returns the results in (replication, strategy) order whatever order they
/// finished in, so the files written from them are identical for any `jobs`.
///
/// With more than one job, each (replication, strategy) is a unit of its own, so that a run
/// of one replication under five designs keeps both cores busy too (each unit builds the
/// replication's topology from the replication's seed, the same topology every time); with
/// one job a replication runs its strategies one after another on one topology.
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
        let perReplication = jobs > 1 ? scenario.strategies.count : 1
        let units = total * perReplication
        var byUnit = [[ReplicationResult]?](repeating: nil, count: units)
        var left = [Int](repeating: perReplication, count: total)
        let scenario = self.scenario, runner = self.runner
        try await withThrowingTaskGroup(of: (Int, [ReplicationResult]).self) { group in
            var next = 0
            func schedule() {
                guard next < units else { return }
                let u = next
                next += 1
                group.addTask {
                    let r = u / perReplication
                    var part = scenario
                    if perReplication > 1 { part.strategies = [scenario.strategies[u % perReplication]] }
                    return (u, try runner.runReplication(part, replication: r, seed: seeds.seed(replication: r)))
                }
            }
            for _ in 0..<jobs { schedule() }
            var done = 0
            while let (u, results) = try await group.next() {
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

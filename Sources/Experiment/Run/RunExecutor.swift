import Scenario
import SimKernel

/// Runs every replication of a scenario (each under all its strategies) on up to `jobs`
/// cores, and returns the results in (replication, strategy) order whatever order they
/// finished in, so the files written from them are identical for any `jobs`.
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
        var byReplication = [[ReplicationResult]?](repeating: nil, count: total)
        let scenario = self.scenario, runner = self.runner
        try await withThrowingTaskGroup(of: (Int, [ReplicationResult]).self) { group in
            var next = 0
            func schedule() {
                guard next < total else { return }
                let r = next
                next += 1
                group.addTask {
                    (r, try runner.runReplication(scenario, replication: r, seed: seeds.seed(replication: r)))
                }
            }
            for _ in 0..<jobs { schedule() }
            var done = 0
            while let (r, results) = try await group.next() {
                byReplication[r] = results
                done += 1
                progress(SweepProgress(done: done, total: total, resumed: 0, elapsedSeconds: elapsed()))
                schedule()
            }
        }
        return byReplication.flatMap { $0 ?? [] }
    }
}

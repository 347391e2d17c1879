import Scenario

/// Runs the replications of one scenario under each of its strategies: the seam between
/// the sweep machinery (grid, parallelism, shards, resume, merge) and the simulation.
///
/// `vpcsim run` and `vpcsim sweep` call the same runner. A conforming type must be
/// deterministic: the rows depend only on the scenario and the seeds, never on which thread,
/// which order, or alongside which other calls it runs. Calls may run in parallel, so every
/// random stream must be created inside the call.
public protocol ScenarioRunner: Sendable {
    /// One row per strategy of `scenario.strategies` and replication of `replications`
    /// (indexes from 0), in any order; replication `r`'s row carries `seeds.seed(replication: r)`
    /// in its `seed` column and draws every random number from streams seeded by it.
    /// Throws `ScenarioError` for bad input found only when running (exit 2), anything else
    /// for an internal failure (exit 1).
    func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow]

    /// The replications of `scenario`, to be run in any number of calls (one per task, say)
    /// that may share what does not depend on the seed (a topology, a latency model), built
    /// by the first call that needs it. Their rows are those of `run(scenario, ...)`. By
    /// default nothing is shared.
    func replications(of scenario: Scenario) -> any ScenarioReplications
}

/// The replications of one scenario (`ScenarioRunner.replications(of:)`).
public protocol ScenarioReplications: Sendable {
    /// What `ScenarioRunner.run(scenario, replications: replications, seeds: seeds)` returns.
    func run(replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow]
}

extension ScenarioRunner {
    public func replications(of scenario: Scenario) -> any ScenarioReplications {
        UnsharedReplications(runner: self, scenario: scenario)
    }
}

/// Each call runs on its own: `run(scenario, ...)` of the runner.
struct UnsharedReplications<Runner: ScenarioRunner>: ScenarioReplications {
    let runner: Runner
    let scenario: Scenario

    func run(replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        try runner.run(scenario, replications: replications, seeds: seeds)
    }
}

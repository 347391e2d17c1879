import Foundation
import Scenario

/// Runs a sweep plan into its folder: every unfinished point, each replication a task, at
/// most `jobs` at once; then writes `points.csv` and `aggregate.csv`.
///
/// Results are put in order by point, strategy and replication, never by completion, so the
/// files are byte-identical for any `jobs`. A point's file is written (atomically) when its
/// last replication ends; with `resume`, points whose file exists are skipped.
public struct SweepExecutor: Sendable {
    /// The work.
    public let plan: SweepPlan
    /// Where it goes.
    public let folder: SweepFolder
    /// What runs each replication.
    public let runner: any ScenarioRunner
    /// Replications run at once (at least 1).
    public let jobs: Int

    public init(plan: SweepPlan, folder: SweepFolder, runner: any ScenarioRunner, jobs: Int) {
        self.plan = plan
        self.folder = folder
        self.runner = runner
        self.jobs = max(1, jobs)
    }

    /// Runs the sweep. Bad input (a foreign folder, a resume against another sweep) throws a
    /// `ScenarioError` before anything is written. `progress` is called on one task at a time.
    public func run(resume: Bool, progress: @Sendable (SweepProgress) -> Void = { _ in }) async throws {
        let manifestExists = try folder.check(for: plan.manifest, resume: resume)
        try folder.begin(with: plan.manifest, manifestExists: manifestExists)
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            return (clock.now - start).inSeconds
        }
        let todo = plan.points.filter { !folder.isFinished($0) }
        let resumed = plan.points.count - todo.count
        var done = resumed
        progress(SweepProgress(done: done, total: plan.points.count, resumed: resumed, elapsedSeconds: elapsed()))

        struct Unit: Sendable {
            var point: Int
            var replication: Int
        }
        struct PointState {
            var scenario: Scenario
            var seeds: ReplicationSeeds
            /// The point's replications, sharing what does not depend on the seed.
            var replications: any ScenarioReplications
            var rows: [SummaryRow] = []
            var remaining: Int
        }
        // Points are expanded into scenarios only as their first replication is scheduled, so
        // memory holds the points in flight, not the grid.
        var states: [Int: PointState] = [:]
        var nextPoint = 0, nextReplication = 0

        let runner = self.runner
        try await withThrowingTaskGroup(of: (Unit, [SummaryRow]).self) { group in
            func schedule(_ group: inout ThrowingTaskGroup<(Unit, [SummaryRow]), Error>) throws {
                guard nextPoint < todo.count else { return }
                let point = todo[nextPoint]
                if nextReplication == 0 {
                    let scenario = try plan.scenario(atPoint: point)
                    states[point] = PointState(scenario: scenario, seeds: plan.seeds(ofPoint: point, scenario: scenario),
                                               replications: runner.replications(of: scenario),
                                               remaining: scenario.replications)
                }
                guard let state = states[point] else { return }
                let unit = Unit(point: point, replication: nextReplication)
                nextReplication += 1
                if nextReplication == state.scenario.replications { nextPoint += 1; nextReplication = 0 }
                let replications = state.replications, seeds = state.seeds
                group.addTask {
                    (unit, try replications.run(replications: [unit.replication], seeds: seeds))
                }
            }
            for _ in 0..<jobs { try schedule(&group) }
            while let (unit, rows) = try await group.next() {
                guard var state = states[unit.point] else { continue }
                try Self.check(rows, of: unit.replication, point: unit.point, state.scenario, state.seeds)
                state.rows += rows
                state.remaining -= 1
                if state.remaining == 0 {
                    states[unit.point] = nil
                    guard let ordered = PointRecord.ordered(state.rows, strategies: state.scenario.strategies,
                                                            replications: state.scenario.replications) else {
                        throw ExperimentError("the runner's rows for point \(unit.point) do not form one per strategy and replication")
                    }
                    let record = PointRecord(point: unit.point, values: plan.values(ofPoint: unit.point), rows: ordered)
                    try AtomicFile.write(record.csv(layout: plan.layout).rendered(),
                                         to: folder.pointPath(unit.point))
                    done += 1
                    progress(SweepProgress(done: done, total: plan.points.count, resumed: resumed, elapsedSeconds: elapsed()))
                } else {
                    states[unit.point] = state
                }
                try schedule(&group)
            }
        }
        try SweepAssembler.write(layout: plan.layout, folder: folder)
    }

    /// The rows of one replication must be one per strategy, with the replication's seed.
    static func check(_ rows: [SummaryRow], of replication: Int, point: Int, _ scenario: Scenario,
                      _ seeds: ReplicationSeeds) throws {
        let seed = seeds.seed(replication: replication)
        let strategies = rows.map(\.strategy)
        guard rows.count == scenario.strategies.count, Set(strategies) == Set(scenario.strategies),
              rows.allSatisfy({ $0.replication == replication && $0.seed == seed }) else {
            throw ExperimentError("the runner returned \(rows.count) rows for point \(point), replication \(replication); "
                                  + "expected one per strategy (\(scenario.strategies.map(\.rawValue).joined(separator: ", "))) "
                                  + "with replication \(replication) and seed \(seed)")
        }
    }
}

import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies

/// `vpcsim bench dataplane`: the run loop's events per second, per CPU-second, of a scenario
/// run as `vpcsim run` runs it (`DataPlaneBenchmark`), under each of its strategies, on one core.
public struct DataPlaneBenchSuite: Sendable {
    /// One strategy's measured run.
    public struct Row: Sendable {
        public var strategy: StrategyKind
        /// 1-based repeat number.
        public var run: Int
        public var measurement: DataPlaneBenchmark.Measurement
    }

    public var scenario: Scenario
    /// The scenario's file, for errors (`dataplane-reference.yaml` for the built-in one).
    public var sourcePath: String
    /// Runs per strategy.
    public var repeats: Int

    public init(scenario: Scenario, sourcePath: String, repeats: Int = 3) {
        self.scenario = scenario
        self.sourcePath = sourcePath
        self.repeats = repeats
    }

    /// The scenario described in one line.
    public func summary() throws -> String {
        let seed = ReplicationSeeds.run(seed: scenario.seed).seed(replication: 0)
        var seeded = scenario
        seeded.seed = seed
        let topology = try seeded.topology(replication: 0)
        let rate = Int(topology.demands.map(\.ratePerSecond).reduce(0, +).rounded())
        return "\(scenario.name): \(topology.vpcs.count) VPCs, \(topology.regions.count) Regions, "
            + "\(topology.services.count) services, \(topology.demands.count) demands, "
            + "\(NumberFormat.grouped(rate)) requests/s, \(scenario.duration) simulated"
    }

    /// Runs every strategy `repeats` times, one after another, reporting each row as it completes.
    public func run(progress: (Row) -> Void = { _ in }) throws -> [Row] {
        var rows: [Row] = []
        for strategy in scenario.strategies {
            for run in 1...repeats {
                let m = try DataPlaneBenchmark.measure(scenario, strategy: strategy, sourcePath: sourcePath)
                let row = Row(strategy: strategy, run: run, measurement: m)
                progress(row)
                rows.append(row)
            }
        }
        return rows
    }

    /// One row per run: `engine, strategy, queue, run, events, wall_s, cpu_s,
    /// events_per_wall_s, events_per_cpu_s, requests, p50_ms, p99_ms` (the queue is always
    /// the default one, the one `vpcsim run` uses).
    public static func csv(_ rows: [Row]) -> CSVTable {
        var table = CSVTable(header: ["engine", "strategy", "queue", "run", "events", "wall_s", "cpu_s",
                                      "events_per_wall_s", "events_per_cpu_s", "requests", "p50_ms", "p99_ms"])
        for r in rows {
            let m = r.measurement
            table.append(["vpcsim", r.strategy.rawValue, EventQueueKind.default.rawValue, String(r.run), String(m.events),
                          NumberFormat.fixed(m.seconds, decimals: 3), NumberFormat.fixed(m.cpuSeconds, decimals: 3),
                          NumberFormat.fixed(m.eventsPerSecond, decimals: 0),
                          NumberFormat.fixed(m.eventsPerCPUSecond, decimals: 0),
                          String(m.summary.requests),
                          NumberFormat.fixed(m.summary.latencyP50Milliseconds ?? .nan, decimals: 2),
                          NumberFormat.fixed(m.summary.latencyP99Milliseconds ?? .nan, decimals: 2)])
        }
        return table
    }

    /// The terminal table: each strategy's best run per CPU-second (the least disturbed by
    /// other work on the machine), its median, and the best per wall second.
    public static func textTable(_ rows: [Row]) -> TextTable {
        var table = TextTable(header: ["strategy", "events", "requests", "best events/CPU-s", "median events/CPU-s",
                                       "best events/s", "replication s", "p50 ms", "p99 ms"])
        for strategy in strategiesInOrder(rows) {
            let mine = rows.filter { $0.strategy == strategy }
            guard let first = mine.first else { continue }
            let cpuRates = mine.map(\.measurement.eventsPerCPUSecond).sorted()
            let rates = mine.map(\.measurement.eventsPerSecond)
            let m = first.measurement
            table.append([strategy.rawValue, NumberFormat.grouped(Int(m.events)),
                          NumberFormat.grouped(m.summary.requests),
                          NumberFormat.grouped(Int(cpuRates.last!)), NumberFormat.grouped(Int(cpuRates[cpuRates.count / 2])),
                          NumberFormat.grouped(Int(rates.max()!)),
                          NumberFormat.fixed(mine.map(\.measurement.replicationSeconds).min()!, decimals: 2),
                          NumberFormat.fixed(m.summary.latencyP50Milliseconds ?? .nan, decimals: 2),
                          NumberFormat.fixed(m.summary.latencyP99Milliseconds ?? .nan, decimals: 2)])
        }
        return table
    }

    /// The strategies of `rows`, in their first order.
    static func strategiesInOrder(_ rows: [Row]) -> [StrategyKind] {
        var seen: [StrategyKind] = []
        for r in rows where !seen.contains(r.strategy) { seen.append(r.strategy) }
        return seen
    }
}

import CloudModel
import Experiment
import SimKernel
import Strategies

/// `vpcsim bench dataplane`: the data plane's events per second on the reference topology
/// of `DataPlaneBenchmark` (200 VPCs in 4 Regions, 20 services, 2,000 requests per second,
/// 10 simulated minutes), under each strategy, on one core.
public struct DataPlaneBenchSuite: Sendable {
    /// One strategy's measured run.
    public struct Row: Sendable {
        public var strategy: StrategyKind
        public var queue: EventQueueKind
        /// 1-based repeat number.
        public var run: Int
        public var measurement: DataPlaneBenchmark.Measurement
    }

    public var strategies: [StrategyKind]
    public var queue: EventQueueKind
    /// Runs per strategy.
    public var repeats: Int
    public var seed: UInt64

    public init(strategies: [StrategyKind] = DesignRegistry.defaultStrategies, queue: EventQueueKind = .default,
                repeats: Int = 3, seed: UInt64 = 1) {
        self.strategies = strategies
        self.queue = queue
        self.repeats = repeats
        self.seed = seed
    }

    /// The topology the suite runs, described in one line.
    public static func topologySummary() throws -> String {
        let topology = try DataPlaneBenchmark.referenceTopology()
        let rate = Int(topology.demands.map(\.ratePerSecond).reduce(0, +).rounded())
        return "\(topology.vpcs.count) VPCs, \(topology.regions.count) Regions, \(topology.services.count) services, "
            + "\(topology.demands.count) demands, \(NumberFormat.grouped(rate)) requests/s, 10 simulated minutes"
    }

    /// Runs every strategy `repeats` times, one after another, reporting each row as it completes.
    public func run(progress: (Row) -> Void = { _ in }) throws -> [Row] {
        let topology = try DataPlaneBenchmark.referenceTopology()
        var rows: [Row] = []
        for strategy in strategies {
            for run in 1...repeats {
                let m = try measure(topology, strategy)
                let row = Row(strategy: strategy, queue: queue, run: run, measurement: m)
                progress(row)
                rows.append(row)
            }
        }
        return rows
    }

    func measure(_ topology: Topology, _ strategy: StrategyKind) throws -> DataPlaneBenchmark.Measurement {
        switch queue {
        case .radixHeap:
            return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: RadixHeapQueue.self, seed: seed)
        case .quaternaryHeap:
            return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: QuaternaryHeapQueue.self, seed: seed)
        case .binaryHeap:
            return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: BinaryHeapQueue.self, seed: seed)
        case .collectionsHeap:
            return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: CollectionsHeapQueue.self, seed: seed)
        }
    }

    /// One row per run: `engine, strategy, queue, run, events, wall_s, cpu_s,
    /// events_per_wall_s, events_per_cpu_s, requests, p50_ms, p99_ms`.
    public static func csv(_ rows: [Row]) -> CSVTable {
        var table = CSVTable(header: ["engine", "strategy", "queue", "run", "events", "wall_s", "cpu_s",
                                      "events_per_wall_s", "events_per_cpu_s", "requests", "p50_ms", "p99_ms"])
        for r in rows {
            let m = r.measurement
            let total = m.results.total()
            table.append(["vpcsim", r.strategy.rawValue, r.queue.rawValue, String(r.run), String(m.events),
                          NumberFormat.fixed(m.seconds, decimals: 3), NumberFormat.fixed(m.cpuSeconds, decimals: 3),
                          NumberFormat.fixed(m.eventsPerSecond, decimals: 0),
                          NumberFormat.fixed(m.eventsPerCPUSecond, decimals: 0),
                          String(m.results.generated),
                          NumberFormat.fixed(total?.quantileMilliseconds(0.5) ?? .nan, decimals: 2),
                          NumberFormat.fixed(total?.quantileMilliseconds(0.99) ?? .nan, decimals: 2)])
        }
        return table
    }

    /// The terminal table: each strategy's best run (the least disturbed by other work on
    /// the machine) and its median.
    public static func textTable(_ rows: [Row]) -> TextTable {
        var table = TextTable(header: ["strategy", "events", "requests", "best events/s", "median events/s",
                                       "best events/CPU-s", "p50 ms", "p99 ms"])
        for strategy in StrategyKind.allCases {
            let mine = rows.filter { $0.strategy == strategy }
            guard let first = mine.first else { continue }
            let rates = mine.map(\.measurement.eventsPerSecond).sorted()
            let cpuRates = mine.map(\.measurement.eventsPerCPUSecond)
            let total = first.measurement.results.total()
            table.append([strategy.rawValue, NumberFormat.grouped(Int(first.measurement.events)),
                          NumberFormat.grouped(first.measurement.results.generated),
                          NumberFormat.grouped(Int(rates.last!)), NumberFormat.grouped(Int(rates[rates.count / 2])),
                          NumberFormat.grouped(Int(cpuRates.max()!)),
                          NumberFormat.fixed(total?.quantileMilliseconds(0.5) ?? .nan, decimals: 2),
                          NumberFormat.fixed(total?.quantileMilliseconds(0.99) ?? .nan, decimals: 2)])
        }
        return table
    }
}

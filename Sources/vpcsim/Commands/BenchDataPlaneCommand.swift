import ArgumentParser
import Benchmarks
import Experiment
import SimKernel
import Strategies

/// `vpcsim bench dataplane`: events per second of the data plane on its reference topology.
struct BenchDataPlaneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataplane",
        abstract: "Events per second of the data plane on the reference topology, per strategy, on one core.",
        discussion: """
            The reference topology: 200 VPCs in 4 Regions (us-east-1, eu-west-2, \
            ap-southeast-1, us-west-2, 3 AZs each), 20 services (2 instances per AZ in 3 AZs, \
            concurrency 32, service time lognormal(median=4ms, p99=30ms)), 360 demands of \
            2 KiB requests and 16 KiB responses, 2,000 requests per second in all, 10 simulated \
            minutes with 1 minute of warm-up. Times the run loop alone (building the data \
            plane excluded), on wall-clock and thread CPU time. Prints each strategy's best and \
            median run; --csv writes every run.
            """
    )

    @Option(help: "Runs per strategy.")
    var repeats: Int = 3

    @Option(help: "Event queue.")
    var queue: EventQueueKind = .default

    @Option(parsing: .upToNextOption, help: "Strategies to run.")
    var strategies: [StrategyKind] = DesignRegistry.defaultStrategies

    @Option(help: "Run seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("csv"), help: "Also write every run as CSV to this file.")
    var csvPath: String?

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let suite = DataPlaneBenchSuite(strategies: strategies, queue: queue, repeats: repeats, seed: seed)
        Progress.line("data plane, reference topology: " + (try DataPlaneBenchSuite.topologySummary()) + "; queue \(queue.rawValue)")
        let rows = try suite.run { row in
            Progress.line("\(row.strategy.rawValue) run \(row.run): "
                + NumberFormat.grouped(Int(row.measurement.eventsPerSecond)) + " events/s ("
                + NumberFormat.grouped(Int(row.measurement.events)) + " events in "
                + NumberFormat.fixed(row.measurement.seconds, decimals: 3) + " s)")
        }
        print(DataPlaneBenchSuite.textTable(rows).rendered(), terminator: "")
        if let csvPath {
            try AtomicFile.write(DataPlaneBenchSuite.csv(rows).rendered(), to: csvPath)
            Progress.line("wrote \(csvPath)")
        }
    }
}

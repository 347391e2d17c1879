import ArgumentParser
import Benchmarks
import Experiment
import Scenario
import SimKernel
import Strategies

/// `vpcsim bench dataplane`: events per CPU-second of a scenario's run loop, run as `vpcsim run` runs it.
struct BenchDataPlaneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataplane",
        abstract: "Events per CPU-second of a run, per strategy, on one core, on the path vpcsim run takes.",
        discussion: """
            Runs replication 0 of a scenario under each of its strategies exactly as vpcsim run \
            does (topology, control plane, data plane, statistics, result rows) and times the \
            run loop on wall-clock and thread CPU time. Without --scenario, the data-plane \
            reference workload: 200 VPCs in 4 Regions (us-east-1, eu-west-2, ap-southeast-1, \
            us-west-2, 3 AZs each), 20 services (2 instances per AZ in 3 AZs, concurrency 32, \
            service time lognormal(median=4ms, p99=30ms)), 360 demands of 2 KiB requests and \
            16 KiB responses, 2,000 requests per second in all, 10 simulated minutes with 1 \
            minute of warm-up, under peering-mesh, privatelink-hub and transit-gateway. Prints \
            each strategy's best and median run per CPU-second; --csv writes every run.
            """
    )

    @Option(help: "Runs per strategy.")
    var repeats: Int = 3

    @Option(help: "A scenario file to run instead of the reference workload.")
    var scenario: String?

    @Option(parsing: .upToNextOption, help: "Strategies to run (default: the scenario's).")
    var strategies: [StrategyKind] = []

    @Option(help: "Run seed (default: the scenario's).")
    var seed: UInt64?

    @Option(name: .customLong("csv"), help: "Also write every run as CSV to this file.")
    var csvPath: String?

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        try CommandFailure.run {
            let path = scenario ?? "dataplane-reference.yaml"
            var loaded = try scenario.map { try ScenarioLoader.load(path: $0) } ?? DataPlaneBenchmark.referenceScenario()
            if !strategies.isEmpty { loaded.strategies = strategies }
            if let seed { loaded.seed = seed }
            let suite = DataPlaneBenchSuite(scenario: loaded, sourcePath: path, repeats: repeats)
            Progress.line("bench dataplane, " + (try suite.summary()))
            let rows = try suite.run { row in
                Progress.line("\(row.strategy.rawValue) run \(row.run): "
                    + NumberFormat.grouped(Int(row.measurement.eventsPerCPUSecond)) + " events/CPU-s, "
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
}

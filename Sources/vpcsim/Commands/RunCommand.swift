import ArgumentParser
import Experiment
import Foundation
import Scenario
import Strategies

/// `vpcsim run FILE`: simulates one scenario under each strategy, prints the comparison,
/// writes the run folder.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate one scenario under each strategy; print a comparison table; write CSVs.",
        discussion: """
            Writes summary.csv (one row per strategy and replication), timeseries.csv (the \
            control plane over simulated time), latency.csv (per strategy, replication and \
            region pair), failures.csv, latency_fault.csv (with faults), manifest.json and, when a \
            design reports on its own (as-is), design-report.md (also printed) into \
            the output folder (default: results/<scenario name>/). The same scenario and seed give \
            byte-identical CSV files. Exit code 2 on bad input.
            """)

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: "Output folder (default: results/<scenario name>).")
    var out: String?

    @Option(help: "Run seed (default: the scenario's).")
    var seed: UInt64?

    @Option(help: "Replications per strategy (default: the scenario's).")
    var replications: Int?

    @Option(help: "Strategies to run, comma-separated (default: the scenario's).",
            transform: StrategyKind.commaSeparated)
    var strategies: [StrategyKind]?

    @Option(name: .customLong("set"), help: "Override a scenario value: key.path=value (repeatable).")
    var settings: [String] = []

    @OptionGroup var parallel: JobsOption

    func run() async throws {
        try await CommandFailure.run {
            let commandLine = SourceLocation(file: "command line", line: 1, column: 1)
            let jobs = try parallel.checked()
            let overrides = try settings.map { text throws(ScenarioError) in try ScenarioOverride.parse(assignment: text) }
            var scenario = try ScenarioLoader.load(path: file, overrides: overrides)
            if let seed { scenario.seed = seed }
            if let replications {
                guard replications >= 1 else {
                    throw ScenarioError(at: commandLine, keyPath: "--replications", "must be at least 1; found \(replications)")
                }
                scenario.replications = replications
            }
            if let strategies { scenario.strategies = strategies }
            try MemoryCheck.before(scenario, jobs: jobs)
            let hash = try ContentHash.of(files: [file])
            let folder = out ?? "results/" + scenario.name
            let executor = RunExecutor(scenario: scenario, runner: SimulationRunner(sourcePath: file), jobs: jobs)
            let reporter = ProgressReporter(label: "run \(scenario.name)", unit: "replications")
            let started = Date()
            let results = try await executor.run { reporter.report($0) }
            let wall = Date().timeIntervalSince(started)
            let events = results.reduce(0) { $0 + $1.summary.events }
            var manifest = RunManifest(
                version: VPCSimVersion.current, scenario: file, name: scenario.name, scenarioHash: hash,
                seed: scenario.seed, replications: scenario.replications,
                strategies: scenario.strategies.map(\.rawValue), settings: settings, events: events,
                wallTimeSeconds: (wall * 1000).rounded() / 1000, quotas: QuotaMarks(scenario.quotas))
            manifest.eventsPerSecond = wall > 0 ? (Double(events) / wall).rounded() : nil
            manifest.seedRule = ReplicationSeeds.rule
            manifest.acceptance = scenario.acceptanceSettings
            manifest.latencySource = scenario.latency.source.rawValue
            manifest.clientRouting = scenario.clientRoutingSettings
            manifest.loadBalancers = scenario.loadBalancerSettings
            manifest.assumptions = scenario.assumptionSettings
            try RunOutput(folder: folder).write(results, manifest: manifest, hasFaults: !scenario.faults.isEmpty)
            print(ComparisonTable.make(results, strategies: scenario.strategies).rendered(), terminator: "")
            if let report = DesignReport.render(results) { print("\n" + report, terminator: "") }
            print("\(NumberFormat.grouped(events)) events in \(NumberFormat.fixed(wall, decimals: 2)) s "
                  + "(\(NumberFormat.grouped(Int(Double(events) / max(wall, 1e-9)))) events/s on \(jobs) job"
                  + (jobs == 1 ? "" : "s") + "); results in \(folder)/")
        }
    }
}

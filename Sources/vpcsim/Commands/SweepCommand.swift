import ArgumentParser
import Experiment
import Foundation
import Scenario

/// `vpcsim sweep FILE`: runs a parameter grid, every strategy and replication of every
/// point, in parallel; resumable and shardable.
struct SweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a parameter grid of a scenario, with replications, in parallel.",
        discussion: """
            A sweep file names a base scenario and 'vary:' settings (dotted paths, as for \
            'vpcsim run --set') with value lists; the points are their Cartesian product. Writes \
            manifest.json, points/ (one file per finished point), points.csv and aggregate.csv \
            (mean and 95 % Student-t interval per point, strategy and metric) into the output \
            folder. The files are byte-identical whatever --jobs is; shards merged with \
            'vpcsim merge' equal the unsharded run; an interrupted sweep continued with --resume \
            ends with the same files as one never interrupted. Exit code 2 on bad input.
            """)

    @Argument(help: "The sweep file (YAML).")
    var file: String

    @Option(help: "Output folder (default: results/<sweep file name>).")
    var out: String?

    @OptionGroup var parallel: JobsOption

    @Option(help: "Run only shard I of N: the points whose index modulo N is I−1.")
    var shard: String?

    @Flag(help: "Continue the sweep in --out, skipping the points it finished.")
    var resume = false

    @Option(help: ArgumentHelp("Runner (simulation or synthetic).", visibility: .hidden))
    var runner: RunnerChoice = .simulation

    @Option(name: .customLong("synthetic-delay-ms"), help: ArgumentHelp("Sleep per replication of the synthetic runner.", visibility: .hidden))
    var syntheticDelayMilliseconds: Int = 0

    func run() async throws {
        try await CommandFailure.run {
            let jobs = try parallel.checked()
            let shardSpec = try shard.map { text throws(ScenarioError) in try ShardSpec.parse(text) }
            let plan = try SweepPlan.load(path: file, shard: shardSpec, version: VPCSimVersion.current)
            let outFolder = out ?? "results/" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let executor = SweepExecutor(plan: plan, folder: SweepFolder(path: outFolder),
                                         runner: runner.runner(delayMilliseconds: max(0, syntheticDelayMilliseconds), sourcePath: file),
                                         jobs: jobs)
            let label = "sweep" + (plan.shard.map { " shard \($0)" } ?? "")
            let reporter = ProgressReporter(label: label)
            try await executor.run(resume: resume) { reporter.report($0) }
            Progress.line("wrote \(outFolder)/points.csv and \(outFolder)/aggregate.csv")
        }
    }
}

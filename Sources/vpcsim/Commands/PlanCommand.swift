import ArgumentParser
import Experiment
import Foundation
import Scenario

/// `vpcsim plan FILE --minimize|--maximize PATH --range LOW..HIGH`: per design, the value of
/// one setting at which every objective of the scenario holds.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find, per design, the smallest (largest) value of a setting at which every objective holds.",
        discussion: """
            The scenario's 'objectives:' say what must hold. The search gallops then bisects over \
            --range, runs replications at each probe until every objective's 95 % interval is clear \
            of its threshold (at most --max-replications) and reports a probe still open as \
            undecided. Writes plan.csv, probes.csv, plan.md and a chart per objective into --out \
            (default: results/<scenario name>-plan). With --grid, FILE is a sweep file: one search \
            per combination of its other parameters (e.g. per request rate), over its base \
            scenario. Exit code 2 on bad input, with nothing written.
            """)

    @Argument(help: "The scenario file (YAML), with objectives; with --grid, a sweep file over one.")
    var file: String

    @Flag(help: "FILE is a sweep file: plan once per combination of its parameters other than the searched one.")
    var grid = false

    @Option(help: "The setting to minimise, a dotted path as in --set (e.g. services.api.instances_per_az).")
    var minimize: String?

    @Option(help: "The setting to maximise, a dotted path (e.g. traffic.0.rate).")
    var maximize: String?

    @Option(help: "The values searched: LOW..HIGH, e.g. 1..12 or 100/s..5000/s.")
    var range: String

    @Option(help: "Output folder (default: results/<scenario name>-plan).")
    var out: String?

    @Option(help: "Relative precision of a continuous answer: 1% or 0.01 (default 1%).")
    var tolerance: String = "1%"

    @Option(name: .customLong("max-replications"), help: "Most replications per probe (default 30).")
    var maxReplications: Int = 30

    @Option(help: "Seed of every probe's replications (default: the scenario's, or a --grid sweep file's).")
    var seed: UInt64?

    @OptionGroup var parallel: JobsOption

    func run() async throws {
        try await CommandFailure.run {
            let commandLine = SourceLocation(file: "command line", line: 1, column: 1)
            let jobs = try parallel.checked()
            let parameter: String, direction: Planner.Direction
            switch (minimize, maximize) {
            case (let p?, nil): parameter = p; direction = .minimize
            case (nil, let p?): parameter = p; direction = .maximize
            case (_?, _?):
                throw ScenarioError(at: commandLine, keyPath: "--minimize",
                                    "give --minimize or --maximize, not both")
            case (nil, nil):
                throw ScenarioError(at: commandLine, keyPath: "--minimize",
                                    "needs --minimize PATH or --maximize PATH: the setting to search")
            }
            let planRange = try PlanRange(parsing: range), share = try Self.share(tolerance)
            var points: [PlanGrid.Point]
            var ignored: [String]?
            if grid {
                points = try PlanGrid.planners(sweepPath: file, parameter: parameter, direction: direction, range: planRange,
                                               tolerance: share, maxReplications: maxReplications, jobs: jobs, seed: seed)
                ignored = PlanGrid.ignoredValues(of: try SweepLoader.load(path: file), parameter: parameter)
            } else {
                points = [PlanGrid.Point(fixed: [], planner: try Planner(
                    path: file, parameter: parameter, direction: direction, range: planRange, tolerance: share,
                    maxReplications: maxReplications, jobs: jobs, seed: seed))]
            }
            let folder = out ?? "results/" + points[0].planner.base.name + "-plan"
            for index in points.indices {
                points[index].answers = try await points[index].planner.run { line in
                    FileHandle.standardError.write(Data((line + "\n").utf8))
                }
            }
            try PlanReport.write(points, folder: folder, ignored: ignored)
            if let templates = PlotRenderer.templatesFolder(explicit: nil, executable: Bundle.main.executablePath ?? CommandLine.arguments[0]) {
                do {
                    for chart in try PlotRenderer.renderPlan(points, folder: folder, templates: templates)
                    where chart.hasSuffix(".png") { print("chart: \(chart)") }
                } catch {
                    FileHandle.standardError.write(Data("warning: the plan's charts were not drawn: \(error)\n".utf8))
                }
            } else {
                FileHandle.standardError.write(Data("warning: no gnuplot templates found (plots/common.gp); the plan's charts were not drawn\n".utf8))
            }
            for point in points {
                for answer in point.answers {
                    print("\(answer.strategy.rawValue)" + (point.fixed.isEmpty ? "" : " [\(point.label)]")
                          + ": \(answer.status.rawValue)"
                          + (answer.value.map { " at \(parameter)=\($0.text)" } ?? "")
                          + " (\(answer.simulations) simulations)")
                }
            }
            print("results in \(folder)/")
        }
    }

    /// `1%` or `0.01`.
    static func share(_ text: String) throws(ScenarioError) -> Double {
        let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let value, value > 0, value < 1 else {
            throw ScenarioError(at: SourceLocation(file: "command line", line: 1, column: 1), keyPath: "--tolerance",
                                "expected a share such as 1% or 0.01, above 0 and below 100 %; found '\(text)'")
        }
        return value
    }
}

import Foundation
import Scenario
import Testing

/// Every file under `scenarios/` runs end to end through the built binary, as a user would
/// run it, on a small setting: scenarios with `vpcsim run` (one replication, 20 s of
/// traffic, faults moved inside that window), then `plot` and `report`; sweeps with
/// `vpcsim sweep` on a reduced grid over the same base (each parameter's first and last
/// value, two replications), then `plot` and `report`, and the sweep file itself for its
/// first point (`--shard 1/N`). That every file validates is `ValidateCommandTests`'s job.
@Suite struct ScenarioFilesRunTests {
    typealias CLI = ValidateCommandTests

    static let folder = CLI.repository.appendingPathComponent("scenarios")

    /// YAML files under `scenarios/`, relative to it, sorted.
    static let files: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects ?? []).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
    }()

    /// Sweep files live under `scenarios/sweeps/`; everything else is a scenario.
    static let sweepFiles = files.filter { $0.hasPrefix("sweeps/") }
    static let scenarioFiles = files.filter { !$0.hasPrefix("sweeps/") }

    /// Simulated time of the small setting: traffic for `duration` after `warmup`.
    static let duration = "20s"
    static let warmup = "2s"

    /// The settings (`path=value`) that make `scenario` small: 20 s of traffic after a 2 s
    /// warm-up, and each fault moved to 5 s (+1 s per earlier fault), an AZ outage lasting
    /// 3 s (when it ends at all) and noticed after 1 s.
    static func smallSettings(_ scenario: Scenario) -> [String] {
        var settings = ["duration=\(duration)", "warmup=\(warmup)"]
        for (index, fault) in scenario.faults.enumerated() {
            settings.append("faults.\(index).at=\(5 + index)s")
            if fault.kind == .azOutage {
                settings.append("faults.\(index).detection=1s")
                if fault.duration != nil { settings.append("faults.\(index).duration=3s") }
            }
        }
        return settings
    }

    /// The simulated time a sweep over `base` can use on the small setting. A sweep checks
    /// each value alone against its base, so it cannot shorten the warm-up or move faults
    /// together with the duration: the duration is 20 s past the base's warm-up, and past
    /// the end of every fault window.
    static func sweepDuration(_ base: Scenario) -> String {
        var seconds = base.warmup.seconds + 20
        for fault in base.faults {
            seconds = max(seconds, fault.at.seconds + (fault.duration?.seconds ?? 0) + fault.detection.seconds + 10)
        }
        return "\(Int(seconds.rounded(.up)))s"
    }

    /// The reduced grid of `sweep` as sweep-file text, and its number of points: the same
    /// base and parameters, each with its first and last value, plus a shorter duration as
    /// a one-value parameter (unless the sweep varies the duration itself), 2 replications.
    static func reducedSweep(_ sweep: Sweep) -> (text: String, points: Int) {
        var text = "scenario: \(sweep.scenarioPath)\nvary:\n"
        var points = 1
        for parameter in sweep.parameters {
            let values = parameter.values.count > 1 ? [parameter.values.first!, parameter.values.last!] : parameter.values
            points *= values.count
            text += "  \(parameter.path):\n" + values.map { "    - \($0.valueText)\n" }.joined()
        }
        if !sweep.parameters.contains(where: { $0.path == "duration" }) {
            text += "  duration: [\(Self.sweepDuration(sweep.base))]\n"
        }
        text += "replications: 2\n"
        return (text, points)
    }

    /// A temporary folder, removed by `remove()`.
    struct Work {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-scenario-files-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { root.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// The data rows of a CSV file (lines after the header), or nil when it is missing.
    static func dataRows(_ path: String) -> [Substring]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return Array(text.split(separator: "\n").dropFirst())
    }

    /// `plot` and `report` on a result folder: both exit 0, the report is there with its
    /// findings section and embeds every chart `plot` wrote as PNG.
    static func expectPlotAndReport(_ out: String, _ label: String) throws {
        let plot = try CLI.run(["plot", out])
        #expect(plot.status == 0, "\(label): plot: \(plot.stderr)")
        let report = try CLI.run(["report", out])
        #expect(report.status == 0, "\(label): report: \(report.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("## Findings"), "\(label)")
        let charts = ((try? FileManager.default.contentsOfDirectory(atPath: out + "/plots")) ?? [])
            .filter { $0.hasSuffix(".png") }
        #expect(!charts.isEmpty, "\(label): no chart")
        for chart in charts {
            #expect(markdown.contains("(plots/\(chart))"), "\(label): report.md does not show \(chart)")
        }
    }

    @Test func theFolderHoldsScenariosAndSweeps() {
        // The examples issue 5 asks for, and at least the two sweeps.
        for name in ["two-region.yaml", "enterprise-growth.yaml", "saas-provider.yaml", "az-outage.yaml",
                     "sweeps/mesh-vs-hub.yaml", "sweeps/capacity-planning.yaml"] {
            #expect(Self.files.contains(name), "scenarios/\(name) is missing")
        }
    }

    @Test(arguments: scenarioFiles)
    func scenarioRunsOnASmallSetting(_ file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path)
        let work = try Work()
        defer { work.remove() }
        let out = work.path("run")
        let settings = Self.smallSettings(scenario).flatMap { ["--set", $0] }
        let run = try CLI.run(["run", path, "--out", out, "--replications", "1"] + settings)
        #expect(run.status == 0, "\(file): \(run.stderr)")
        guard run.status == 0 else { return }

        // One summary row per strategy the file names (one replication), in its order.
        let summary = try #require(Self.dataRows(out + "/summary.csv"), "\(file): no summary.csv")
        #expect(summary.map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
                == scenario.strategies.map { Substring($0.rawValue) }, "\(file)")
        // Every strategy appears in the control plane's time series.
        let timeseries = try #require(Self.dataRows(out + "/timeseries.csv"), "\(file): no timeseries.csv")
        for strategy in scenario.strategies {
            #expect(timeseries.contains { $0.contains(",\(strategy.rawValue),") }, "\(file): \(strategy) has no timeseries row")
        }
        // Traffic gives latency rows, at least one per strategy.
        let latency = try #require(Self.dataRows(out + "/latency.csv"), "\(file): no latency.csv")
        if !scenario.traffic.isEmpty { #expect(latency.count >= scenario.strategies.count, "\(file)") }
        #expect(Self.dataRows(out + "/failures.csv") != nil, "\(file): no failures.csv")
        // latency_fault.csv exists exactly when the scenario has faults, with rows then.
        let fault = Self.dataRows(out + "/latency_fault.csv")
        if scenario.faults.isEmpty {
            #expect(fault == nil, "\(file): latency_fault.csv without faults")
        } else {
            #expect((fault?.count ?? 0) >= scenario.strategies.count, "\(file): latency_fault.csv is missing or empty")
        }
        let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"kind\" : \"run\""), "\(file)")
        try Self.expectPlotAndReport(out, file)
    }

    @Test(arguments: sweepFiles)
    func sweepRunsOnAReducedGrid(_ file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let sweep = try SweepLoader.load(path: path)
        let work = try Work()
        defer { work.remove() }

        let (text, points) = Self.reducedSweep(sweep)
        let reduced = work.path("reduced.yaml")
        try text.write(toFile: reduced, atomically: true, encoding: .utf8)

        let out = work.path("sweep")
        let run = try CLI.run(["sweep", reduced, "--out", out])
        #expect(run.status == 0, "\(file): \(run.stderr)\n\(text)")
        guard run.status == 0 else { return }
        // points.csv: every point × strategy × replication; aggregate.csv has intervals.
        let rows = try #require(Self.dataRows(out + "/points.csv"), "\(file): no points.csv")
        #expect(rows.count == points * sweep.base.strategies.count * 2, "\(file)")
        let aggregate = try #require(Self.dataRows(out + "/aggregate.csv"), "\(file): no aggregate.csv")
        #expect(aggregate.contains { $0.contains(",monthly_cost_usd,2,") }, "\(file): no monthly cost over 2 replications")
        try Self.expectPlotAndReport(out, file)

        // The file itself, as written, for its first point only.
        let shardOut = work.path("shard")
        let shard = try CLI.run(["sweep", path, "--out", shardOut, "--shard", "1/\(sweep.pointCount)"])
        #expect(shard.status == 0, "\(file) --shard 1/\(sweep.pointCount): \(shard.stderr)")
        let replications = sweep.replications ?? sweep.base.replications
        #expect(Self.dataRows(shardOut + "/points.csv")?.count == sweep.base.strategies.count * replications, "\(file)")
    }
}

import Foundation
import Scenario
import SimKernel
import Testing
@testable import Experiment

/// The report of a real run folder: fault windows, failures and the cost caveat appear when
/// the data holds them, and only then.
@Suite struct RunReportTests {
    static func runFolder(_ scenario: Scenario, name: String) async throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-report-\(name)-\(UUID().uuidString)")
        let results = try await RunExecutor(scenario: scenario, runner: SimulationRunner(sourcePath: name), jobs: 2).run()
        var manifest = RunManifest(name: scenario.name)
        manifest.acceptance = scenario.acceptanceSettings
        try RunOutput(folder: folder.path).write(results, manifest: manifest, hasFaults: !scenario.faults.isEmpty)
        return folder
    }

    @Test func outageRunReportsItsFaultWindowAndFailures() async throws {
        let path = SimulationRunnerTests.repository.appendingPathComponent("scenarios/az-outage.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.replications = 2
        scenario.duration = SimTime.seconds(60)
        scenario.warmup = SimTime.seconds(5)
        scenario.faults = [.azOutage(at: SimTime.seconds(20), region: "us-east-1", az: 1,
                                     duration: SimTime.seconds(20), detection: SimTime.seconds(5))]
        let folder = try await Self.runFolder(scenario, name: "outage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportWriter.markdown(try ResultFolder.load(path: folder.path))
        #expect(report.contains("### Inside fault windows"))
        #expect(report.contains("### Failures by reason"))
        #expect(report.contains("`az-outage`"))
        #expect(!report.contains("Not like for like"), "every pair is connected here")
    }

    @Test func quietRunHasNoFaultOrFailureSections() async throws {
        let path = SimulationRunnerTests.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.replications = 2
        scenario.duration = SimTime.seconds(20)
        scenario.warmup = SimTime.seconds(2)
        let folder = try await Self.runFolder(scenario, name: "quiet")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportWriter.markdown(try ResultFolder.load(path: folder.path))
        #expect(!report.contains("### Inside fault windows"))
        #expect(!report.contains("### Failures by reason"))
    }

    /// Every time to connect in the report names the acceptance setting it assumed.
    @Test func timeToConnectFindingNamesTheAcceptance() async throws {
        let path = SimulationRunnerTests.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.replications = 2
        scenario.duration = SimTime.seconds(20)
        scenario.warmup = SimTime.seconds(2)
        scenario.options.transitGateway.acceptance = .automatic
        let folder = try await Self.runFolder(scenario, name: "acceptance")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportWriter.markdown(try ResultFolder.load(path: folder.path))
        #expect(report.contains("### Time to connect"))
        #expect(report.contains("with acceptance `transit_gateway.acceptance: auto`"))
        for strategy in scenario.strategies {
            #expect(report.contains("**\(strategy.rawValue)**: time to connect p50"), "\(strategy)")
        }
    }

    /// Past 126 VPCs a full mesh cannot connect every pair: its lower cost is not a like for
    /// like saving, and the report says so.
    @Test func costFindingFlagsADesignThatLeavesPairsUnreachable() async throws {
        let path = SimulationRunnerTests.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.replications = 2
        scenario.duration = SimTime.seconds(10)
        scenario.warmup = SimTime.seconds(1)
        scenario.fleets[0].count = 130
        let folder = try await Self.runFolder(scenario, name: "big")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportWriter.markdown(try ResultFolder.load(path: folder.path))
        #expect(report.contains("Not like for like: **peering-mesh** left pairs unreachable"))
    }
}

import Foundation
import Scenario
import Testing

/// The imported scenario carries a commented-out `growth:` example (the estate grown in place);
/// uncommented, or set with `--set growth.traffic=...`, it grows the placeholder traffic and
/// the imported service's instances, for every design, as-is first.
@Suite struct ImportGrowthTests {
    static func imported(_ folder: URL) throws -> String {
        let out = folder.appendingPathComponent("estate.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", EstateImportTests.accountA, EstateImportTests.accountB,
                                                    "--out", out, "--traffic", "uniform:2/s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return out
    }

    @Test func theImportWritesAGrowthExampleThatGrowsTheEstate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-growth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try Self.imported(folder)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\n# growth:\n#   traffic: 2       # every traffic entry's rate × 2\n"
                              + "#   instances: 1.5   # every service's instances_per_az × 1.5, rounded up\n"), "\(text)")
        #expect(text.contains("# `vary: {growth.traffic: [1, 2, 4, 8, 16]}`"))
        #expect(text.contains("# estate's connectivity under as-is"))
        // As imported: nothing grown (the fixture's orders has 2 targets in its largest AZ).
        let asImported = try ScenarioLoader.load(path: out)
        #expect(asImported.growthFactors == .none)
        #expect(asImported.traffic.allSatisfy { $0.rate.perSecond == 2 })
        #expect(asImported.services.map(\.instancesPerAZ) == [2])

        // Uncommented: every one of the 25 entries at 2/s × 2 = 4/s, orders at 2 × 1.5 = 3 per AZ.
        let grown = folder.appendingPathComponent("grown.yaml").path
        try text.replacingOccurrences(of: "\n# growth:\n#   traffic: 2 ", with: "\ngrowth:\n  traffic: 2 ")
            .replacingOccurrences(of: "\n#   instances: 1.5 ", with: "\n  instances: 1.5 ")
            .write(toFile: grown, atomically: true, encoding: .utf8)
        let scenario = try ScenarioLoader.load(path: grown)
        #expect(scenario.growthFactors.traffic == 2 && scenario.growthFactors.instances == 1.5)
        #expect(scenario.traffic.count == 25 && scenario.traffic.allSatisfy { $0.rate.perSecond == 4 })
        #expect(scenario.services.map(\.instancesPerAZ) == [3])
        // The same estate, as-is first, under every design: the topology each design runs on.
        #expect(scenario.strategies.first == .asIs)
        let topology = try scenario.topology(replication: 0)
        #expect(topology.demands.allSatisfy { $0.ratePerSecond == 4 })

        // --set on the imported file (no growth: section) makes one: 2/s × 4 = 8/s.
        let set = try ScenarioLoader.load(path: out, overrides: [try ScenarioOverride.parse(assignment: "growth.traffic=4")])
        #expect(set.traffic.allSatisfy { $0.rate.perSecond == 8 })
        #expect(set.services.map(\.instancesPerAZ) == [2])
    }
}

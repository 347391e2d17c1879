import Foundation
import SimKernel
import Testing
@testable import Scenario

/// A sweep's points and a plan's probes (`ParsedScenario`) decode one document many times:
/// each empirical file is read once for all of them, and every decode gives what loading the
/// file afresh gives.
@Suite struct EmpiricalReuseTests {
    static let base = """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: a, port: 8080, service_time: "empirical(file=service.csv)"}
        traffic:
          - {from: b, to: api, rate: 10/s, request_size: "empirical(file=sizes.txt)"}

        """

    /// A folder with `base.yaml`, its two empirical files and `sweep.yaml`.
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-reuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("base.yaml", Self.base)
        try write("service.csv", "# unit: ms\np,value\n0,1\n0.5,4\n0.99,20\n1,50\n")
        try write("sizes.txt", "1KiB\n2KiB\n4KiB\n")
        try write("sweep.yaml", "scenario: base.yaml\nvary:\n  traffic.0.rate: [1/s, 2/s, 5/s]\n  duration: [1m, 2m]\n")
        return root
    }

    @Test func aSweepReadsEachFileOnceForAllItsPoints() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let sweep = try SweepLoader.load(path: root.appendingPathComponent("sweep.yaml").path)
        // Loading decoded the base, each value alone and all six points: two files, read once.
        #expect(sweep.tables.reads == 2)
        let basePath = root.appendingPathComponent("base.yaml").path
        for point in 0..<sweep.pointCount {
            let scenario = try sweep.scenario(atPoint: point)
            let fresh = try ScenarioLoader.load(path: basePath, overrides: sweep.settings(atPoint: point))
            #expect(scenario.services == fresh.services)
            #expect(scenario.traffic == fresh.traffic)
        }
        #expect(sweep.tables.reads == 2)
        // The plan of a grid decodes the sweep's document with the sweep's tables.
        _ = try sweep.parsedBase.load()
        #expect(sweep.tables.reads == 2)
    }

    @Test func aParsedScenarioReadsEachFileOnceForAllItsDecodes() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("base.yaml").path
        let file = try ParsedScenario(path: path)
        for rate in ["1/s", "3/s", "7/s"] {
            let override = try ScenarioOverride.parse(assignment: "traffic.0.rate=\(rate)")
            #expect(try file.load(overrides: [override]) == ScenarioLoader.load(path: path, overrides: [override]))
        }
        #expect(file.tables.reads == 2)
        // A file changed between two decodes is read again.
        try "8KiB\n".write(to: root.appendingPathComponent("sizes.txt"), atomically: true, encoding: .utf8)
        let changed = try file.load()
        #expect(changed.traffic[0].requestSize.mean == 8192)
        #expect(file.tables.reads == 3)
    }
}

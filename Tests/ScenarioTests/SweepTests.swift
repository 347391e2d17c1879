import Foundation
import Testing
@testable import Scenario

/// Sweep files: the grid, its order, and errors located in the sweep file.
@Suite struct SweepTests {
    /// A folder with `base.yaml` (the override tests' base) and `sweeps/<name>.yaml`.
    func folder(sweep: String, name: String = "grid") throws -> (sweepPath: String, root: URL) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("vpcsim-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sweeps"), withIntermediateDirectories: true)
        try OverrideTests.base.write(to: root.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let path = root.appendingPathComponent("sweeps/\(name).yaml").path
        try sweep.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, root)
    }

    func loadSweep(_ text: String) throws -> Sweep {
        let (path, root) = try folder(sweep: text)
        defer { try? FileManager.default.removeItem(at: root) }
        return try SweepLoader.load(path: path)
    }

    func sweepError(_ text: String) throws -> ScenarioError? {
        let (path, root) = try folder(sweep: text)
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try SweepLoader.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    static let designSweep = """
        scenario: ../base.yaml
        vary:
          fleets.app.count: [5, 10, 20, 40, 80, 160, 320]
          traffic.1.rate: [1/s, 10/s]
        replications: 10
        """

    @Test func designSweepReadsAsAGrid() throws {
        let sweep = try loadSweep(Self.designSweep)
        #expect(sweep.scenarioPath.hasSuffix("/base.yaml"))
        #expect(!sweep.scenarioPath.contains("sweeps"))
        #expect(sweep.parameters.map(\.path) == ["fleets.app.count", "traffic.1.rate"])
        #expect(sweep.parameters[0].values.map(\.valueText) == ["5", "10", "20", "40", "80", "160", "320"])
        #expect(sweep.pointCount == 14)
        #expect(sweep.replications == 10)
        #expect(sweep.seed == nil)
    }

    @Test func pointsAreRowMajorWithTheLastParameterFastest() throws {
        let sweep = try loadSweep(Self.designSweep)
        #expect(sweep.settings(atPoint: 0).map(\.valueText) == ["5", "1/s"])
        #expect(sweep.settings(atPoint: 1).map(\.valueText) == ["5", "10/s"])
        #expect(sweep.settings(atPoint: 2).map(\.valueText) == ["10", "1/s"])
        #expect(sweep.settings(atPoint: 13).map(\.valueText) == ["320", "10/s"])
        let last = try sweep.scenario(atPoint: 13)
        #expect(last.fleets[0].count == 320)
        #expect(last.traffic[1].rate.perSecond == 10)
        #expect(last.replications == 10)             // the sweep's, not the base's 5
        #expect(sweep.base.replications == 5)
    }

    @Test func badPathIsLocatedAtTheVaryKeyWithASuggestion() throws {
        let text = "scenario: ../base.yaml\nvary:\n  fleets.app.cuont: [5, 10]\n"
        let error = try #require(try sweepError(text))
        #expect(error.file.hasSuffix("sweeps/grid.yaml"))
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.message.contains("did you mean 'count'?"))
    }

    @Test func badValueIsLocatedAtTheValue() throws {
        let text = "scenario: ../base.yaml\nvary:\n  fleets.app.count: [5, 0, 10]\n"
        let error = try #require(try sweepError(text))
        #expect(error.file.hasSuffix("sweeps/grid.yaml"))
        #expect(error.line == 3)
        #expect(error.column == 25)   // the 0 in "  fleets.app.count: [5, 0, 10]"
        #expect(error.keyPath == "fleets[0].count")
    }

    @Test func ruleBrokenInTheBaseFileNamesThePoint() throws {
        // The base fleet grows from 3 VPCs (line 11), so a count of 2 breaks a rule whose
        // node is in the base file: the error names the sweep value that caused it.
        let text = "scenario: ../base.yaml\nvary:\n  fleets.app.count: [5, 2]\n"
        let error = try #require(try sweepError(text))
        #expect(error.file.hasSuffix("/base.yaml"))
        #expect(error.line == 11)
        #expect(error.keyPath == "growth.initial")
        #expect(error.message.contains("with fleets.app.count = 2, from "))
        #expect(error.message.contains("sweeps/grid.yaml:3:3"))
    }

    @Test func combinationsAreCheckedToo() throws {
        // Each value alone fits (a /19 pool holds 2 blocks of /20; 8 fit in the base /10
        // pool), but together they do not.
        let text = "scenario: ../base.yaml\nvary:\n  fleets.app.cidr_pool: [10.64.0.0/10, 10.64.0.0/19]\n  fleets.app.count: [2, 8]\n"
        let base = OverrideTests.base.replacingOccurrences(of: "initial: 3", with: "initial: 1")
            .replacingOccurrences(of: "count: 4", with: "count: 2")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try base.write(to: root.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
        let path = root.appendingPathComponent("grid.yaml").path
        try text.replacingOccurrences(of: "../base.yaml", with: "base.yaml").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try SweepLoader.load(path: path)
            Issue.record("an impossible combination was accepted")
        } catch {
            #expect(error.file == path)
            #expect(error.line == 4)
            #expect(error.message.contains("holds 2 blocks of /20"))
        }
    }

    @Test func sweepKeysAreStrict() throws {
        let error = try #require(try sweepError("scenario: ../base.yaml\nvary: {seed: [1]}\nreplication: 3\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("did you mean 'replications'?"))
    }

    @Test func emptyValueListsAndGridsAreErrors() throws {
        let empty = try #require(try sweepError("scenario: ../base.yaml\nvary: {seed: []}\n"))
        #expect(empty.message.contains("at least one value"))
        let none = try #require(try sweepError("scenario: ../base.yaml\nvary: {}\n"))
        #expect(none.message.contains("at least one setting"))
    }

    @Test func missingBaseScenarioIsNamed() throws {
        let error = try #require(try sweepError("scenario: ../nope.yaml\nvary: {seed: [1]}\n"))
        #expect(error.file.hasSuffix("/nope.yaml"))
        #expect(error.message.contains("no such file"))
    }

    @Test func inputFileTellsSweepsFromScenarios() throws {
        let (path, root) = try folder(sweep: Self.designSweep)
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .sweep = try InputFile.load(path: path) else {
            Issue.record("a sweep file was read as a scenario")
            return
        }
        guard case .scenario = try InputFile.load(path: root.appendingPathComponent("base.yaml").path) else {
            Issue.record("a scenario file was read as a sweep")
            return
        }
    }
}

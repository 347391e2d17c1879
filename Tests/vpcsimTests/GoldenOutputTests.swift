import Foundation
import Scenario
import Testing

/// Behaviour does not change under refactoring: every bundled scenario and sweep, run on
/// the small setting of `ScenarioFilesRunTests`, writes the same CSV files as the ones kept
/// in `Tests/vpcsimTests/Golden/`, byte for byte.
///
/// Only what the kept files hold is compared: their columns (by header name) and the rows
/// of the strategies they name. A design added later brings rows (and maybe columns) of
/// its own; those are new, not changed, behaviour. Everything else must be identical,
/// including row order.
///
/// The kept files are written by the same recipe: run the test with
/// `VPCSIM_UPDATE_GOLDEN=1` in the environment, after a change that is *meant* to alter
/// results, and commit the new files with the reason in the message.
@Suite struct GoldenOutputTests {
    typealias CLI = ValidateCommandTests
    typealias Files = ScenarioFilesRunTests

    static let goldenFolder = CLI.repository.appendingPathComponent("Tests/vpcsimTests/Golden")

    /// The CSV files a run writes (latency_fault.csv only with faults).
    static let runFiles = ["summary.csv", "timeseries.csv", "latency.csv", "failures.csv", "latency_fault.csv"]
    /// The CSV files a sweep writes.
    static let sweepFiles = ["points.csv", "aggregate.csv"]

    static var updating: Bool { ProcessInfo.processInfo.environment["VPCSIM_UPDATE_GOLDEN"] == "1" }

    /// The folder of kept files for a scenario or sweep file (`sweeps/x.yaml` → `sweeps-x`).
    static func golden(_ file: String) -> URL {
        let name = file.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".yaml", with: "")
        return goldenFolder.appendingPathComponent(name)
    }

    @Test(arguments: Files.scenarioFiles)
    func scenarioWritesTheKeptFiles(_ file: String) throws {
        let path = Files.folder.appendingPathComponent(file).path
        let scenario = try ScenarioLoader.load(path: path)
        let work = try Files.Work()
        defer { work.remove() }
        let out = work.path("run")
        let settings = Files.smallSettings(scenario).flatMap { ["--set", $0] }
        let run = try CLI.run(["run", path, "--out", out, "--replications", "1", "--jobs", "1"] + settings)
        try #require(run.status == 0, "\(file): \(run.stderr)")
        try check(out: out, files: Self.runFiles, against: Self.golden(file), label: file)
    }

    @Test(arguments: Files.sweepFiles)
    func sweepWritesTheKeptFiles(_ file: String) throws {
        let sweep = try SweepLoader.load(path: Files.folder.appendingPathComponent(file).path)
        let work = try Files.Work()
        defer { work.remove() }
        let reduced = work.path("reduced.yaml")
        try Files.reducedSweep(sweep).text.write(toFile: reduced, atomically: true, encoding: .utf8)
        let out = work.path("sweep")
        let run = try CLI.run(["sweep", reduced, "--out", out, "--jobs", "1"])
        try #require(run.status == 0, "\(file): \(run.stderr)")
        try check(out: out, files: Self.sweepFiles, against: Self.golden(file), label: file)
    }

    /// Compares (or, when updating, writes) each of `files` present in `out`.
    func check(out: String, files: [String], against golden: URL, label: String) throws {
        let manager = FileManager.default
        if Self.updating { try manager.createDirectory(at: golden, withIntermediateDirectories: true) }
        var compared = 0
        for name in files {
            let produced = out + "/" + name
            let kept = golden.appendingPathComponent(name)
            let exists = manager.fileExists(atPath: produced)
            if Self.updating {
                try? manager.removeItem(at: kept)
                if exists { try manager.copyItem(atPath: produced, toPath: kept.path) }
                continue
            }
            guard let expected = try? String(contentsOf: kept, encoding: .utf8) else {
                #expect(!exists, "\(label): \(name) is written but has no kept copy in \(golden.lastPathComponent)")
                continue
            }
            let actual = try #require(try? String(contentsOfFile: produced, encoding: .utf8), "\(label): \(name) is no longer written")
            let difference = Self.firstDifference(expected: expected, actual: actual)
            #expect(difference == nil, "\(label)/\(name): \(difference ?? "")")
            compared += 1
        }
        if !Self.updating { #expect(compared > 0, "\(label): no kept files in \(golden.path)") }
    }

    /// Nil when `actual`, restricted to `expected`'s columns and strategies, equals it;
    /// otherwise a description of the first line that differs.
    static func firstDifference(expected: String, actual: String) -> String? {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = want.first, let newHeader = got.first else { return "empty file" }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let newColumns = newHeader.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var positions: [Int] = []
        for column in columns {
            guard let index = newColumns.firstIndex(of: column) else { return "column \(column) is gone" }
            positions.append(index)
        }
        let strategyColumn = columns.firstIndex(of: "strategy")
        let keptStrategies = Set(want.dropFirst().compactMap { line -> String? in
            guard let c = strategyColumn, !line.isEmpty else { return nil }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return c < cells.count ? String(cells[c]) : nil
        })
        // Project every new row onto the kept columns; keep only the kept strategies' rows.
        var projected = [header]
        for line in got.dropFirst() {
            if line.isEmpty { projected.append(line); continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard positions.allSatisfy({ $0 < cells.count }) else { return "a row has too few cells: \(line)" }
            let row = positions.map { cells[$0] }
            if let c = strategyColumn, !keptStrategies.contains(row[c]) { continue }
            projected.append(row.joined(separator: ","))
        }
        for (index, (a, b)) in zip(want, projected).enumerated() where a != b {
            return "line \(index + 1): expected\n  \(a)\nfound\n  \(b)"
        }
        if want.count != projected.count { return "expected \(want.count) lines, found \(projected.count)" }
        return nil
    }
}

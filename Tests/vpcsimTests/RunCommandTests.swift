import Foundation
import Testing

/// End to end: the built `vpcsim run` on the seed scenario and on bad input.
@Suite struct RunCommandTests {
    static let twoRegion = ValidateCommandTests.repository.appendingPathComponent("scenarios/two-region.yaml").path

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-run-cli-\(UUID().uuidString)")
    }

    static let short = ["--replications", "2", "--set", "duration=20s", "--set", "warmup=2s"]

    @Test func runWritesTheFilesAndPrintsOneRowPerStrategy() throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["run", Self.twoRegion, "--out", out.path] + Self.short)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for strategy in ["peering-mesh", "privatelink-hub", "transit-gateway"] {
            #expect(outcome.stdout.contains(strategy))
        }
        #expect(outcome.stdout.contains("events/s"))
        for name in ["summary.csv", "timeseries.csv", "latency.csv", "failures.csv", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.split(separator: "\n").count == 1 + 3 * 2)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"events_per_s\""))
        #expect(manifest.contains("\"latency_source\" : \"cloudping\""), "\(manifest)")
        // What each design's cost includes in front of two-region.yaml's one service (an NLB by default).
        #expect(manifest.contains("\"peering-mesh\" : \"nlb × 1 (services[].load_balancer)\""), "\(manifest)")
        #expect(manifest.contains("\"privatelink-hub\" : \"endpoint-service NLB × 1 (services[].load_balancer)\""))
    }

    /// `latency.source` reaches the run: recorded in the manifest and the report, and the
    /// corrected table lowers the cross-region round trips (eu-west-2 → us-east-1 by
    /// (2.15 + 4.31) / 2 = 3.23 ms at the median).
    @Test func latencySourceIsRecordedInTheManifest() throws {
        let raw = Self.temporaryFolder(), corrected = Self.temporaryFolder()
        defer { for f in [raw, corrected] { try? FileManager.default.removeItem(at: f) } }
        let one = ["--replications", "1", "--set", "duration=20s", "--set", "warmup=2s", "--strategies", "peering-mesh"]
        for (folder, extra) in [(raw, [String]()), (corrected, ["--set", "latency.source=cloudping-corrected"])] {
            let outcome = try ValidateCommandTests.run(["run", Self.twoRegion, "--out", folder.path] + one + extra)
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        let manifest = try String(contentsOf: corrected.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"latency_source\" : \"cloudping-corrected\""), "\(manifest)")
        let report = try ValidateCommandTests.run(["report", corrected.path])
        #expect(report.status == 0, "\(report.stderr)")
        let text = try String(contentsOf: corrected.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(text.contains("`latency.source: cloudping-corrected`"))
        func p50(_ folder: URL) throws -> Double {
            let lines = try String(contentsOf: folder.appendingPathComponent("latency.csv"), encoding: .utf8).split(separator: "\n")
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let row = try #require(lines.dropFirst().first { $0.contains(",eu-west-2,us-east-1,") })
                .split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let column = try #require(header.firstIndex(of: "p50_ms"))
            return try #require(Double(row[column]))
        }
        let drop = try p50(raw) - p50(corrected)
        #expect(drop > 3.0 && drop < 3.5, "p50 dropped by \(drop) ms")
    }

    @Test func twoRunsGiveByteIdenticalCSVs() throws {
        let a = Self.temporaryFolder(), b = Self.temporaryFolder()
        defer { for f in [a, b] { try? FileManager.default.removeItem(at: f) } }
        for (folder, jobs) in [(a, "1"), (b, "2")] {
            let outcome = try ValidateCommandTests.run(["run", Self.twoRegion, "--out", folder.path, "--jobs", jobs] + Self.short)
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        for name in ["summary.csv", "timeseries.csv", "latency.csv", "failures.csv"] {
            let x = try Data(contentsOf: a.appendingPathComponent(name))
            let y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs")
        }
    }

    @Test(arguments: [
        (["--strategies", "peering-mesh,full-mesh-of-doom"], "--strategies", "unknown strategy 'full-mesh-of-doom'"),
        (["--set", "fleets.app.cout=3"], "cout", "did you mean 'count'"),
        (["--set", "duration=ten minutes"], "duration", "duration"),
        (["--replications", "0"], "--replications", "at least 1"),
        (["--jobs", "0"], "--jobs", "at least 1"),
    ])
    func badInputExitsTwoNamesTheKeyAndWritesNothing(arguments: [String], key: String, hint: String) throws {
        let out = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["run", Self.twoRegion, "--out", out.path] + arguments)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(key) && outcome.stderr.contains(hint), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed run wrote \(out.path)")
    }

    @Test func aMalformedScenarioExitsTwoWithItsLine() throws {
        let file = try ValidateCommandTests.temporaryFile("name: x\nduration: 5\n", name: "bad.yaml")
        let outcome = try ValidateCommandTests.run(["run", file.path, "--out", Self.temporaryFolder().path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("bad.yaml:2:"), "\(outcome.stderr)")
    }
}

/// A malformed command line is bad input too: exit 2, never ArgumentParser's 64.
@Suite struct CommandLineErrorTests {
    @Test(arguments: [["run"], ["run", "x.yaml", "--no-such-option"], ["bench", "hold", "--queues", "nope"],
                      ["regions", "--from", "mars-1"], ["sweep"], ["frobnicate"]])
    func malformedCommandLinesExitTwo(arguments: [String]) throws {
        let outcome = try ValidateCommandTests.run(arguments)
        #expect(outcome.status == 2, "\(arguments): \(outcome.status) \(outcome.stderr)")
        #expect(outcome.stderr.contains("Error"), "\(outcome.stderr)")
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try ValidateCommandTests.run(["--help"]).status == 0)
        #expect(try ValidateCommandTests.run(["--version"]).stdout.contains("0.1.0"))
    }
}

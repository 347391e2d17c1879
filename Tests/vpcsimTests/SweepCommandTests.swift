import Foundation
import Testing

/// End to end: `vpcsim sweep`, `merge`, `plot` and `report` as built, with the synthetic
/// runner (`--runner synthetic`), and `scripts/sweep-parallel.sh` with GNU parallel.
@Suite struct SweepCommandTests {
    typealias CLI = ValidateCommandTests
    static let base = CLI.repository.appendingPathComponent("scenarios/two-region.yaml").path

    /// A temporary folder holding `grid.yaml` over the two-region scenario.
    struct Work {
        let root: URL
        let sweep: String

        init(vary: String = "  fleets.app.count: [2, 4, 8, 16, 32, 64]\n  traffic.1.rate: [1/s, 10/s]",
             replications: Int = 3) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-sweep-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            sweep = root.appendingPathComponent("grid.yaml").path
            try "scenario: \(SweepCommandTests.base)\nvary:\n\(vary)\nreplications: \(replications)\n"
                .write(toFile: sweep, atomically: true, encoding: .utf8)
        }

        func path(_ name: String) -> String { root.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[relative] = FileManager.default.contents(atPath: folder + "/" + relative) }
        }
        return files
    }

    func sweep(_ work: Work, out: String, _ extra: [String] = []) throws -> CLI.Outcome {
        try CLI.run(["sweep", work.sweep, "--out", out, "--runner", "synthetic"] + extra)
    }

    @Test func jobsOneAndFourWriteIdenticalFiles() throws {
        let work = try Work()
        defer { work.remove() }
        let one = try sweep(work, out: work.path("one"), ["--jobs", "1"])
        let four = try sweep(work, out: work.path("four"), ["--jobs", "4", "--synthetic-delay-ms", "3"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(four.status == 0, "\(four.stderr)")
        let files = try Self.snapshot(work.path("one"))
        #expect(files.count == 3 + 12)
        #expect(files == (try Self.snapshot(work.path("four"))))
        // Not a terminal: plain progress lines, the last one complete.
        #expect(one.stderr.contains("sweep: 12/12 points"))
        #expect(one.stdout.isEmpty)
    }

    @Test(arguments: [0, 4, 9])
    func sigkillThenResumeEndsWithTheSameFiles(killAfterPoints: Int) throws {
        let work = try Work()
        defer { work.remove() }
        let complete = work.path("complete")
        #expect(try sweep(work, out: complete).status == 0)

        let interrupted = work.path("interrupted")
        let process = Process()
        process.executableURL = try CLI.vpcsimBinary()
        process.arguments = ["sweep", work.sweep, "--out", interrupted, "--runner", "synthetic", "--jobs", "2",
                             "--synthetic-delay-ms", "25"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let points = interrupted + "/points"
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let finished = ((try? FileManager.default.contentsOfDirectory(atPath: points)) ?? []).filter { $0.hasPrefix("point-") }
            if finished.count >= killAfterPoints { break }
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: interrupted + "/aggregate.csv"))

        let resumed = try sweep(work, out: interrupted, ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Self.snapshot(complete) == Self.snapshot(interrupted))
    }

    @Test func shardsMergedByTheCLIEqualTheUnshardedRun() throws {
        let work = try Work()
        defer { work.remove() }
        #expect(try sweep(work, out: work.path("whole")).status == 0)
        let shards = (1...3).map { work.path("shard-\($0)") }
        for (index, folder) in shards.enumerated() {
            #expect(try sweep(work, out: folder, ["--shard", "\(index + 1)/3"]).status == 0)
        }
        let merged = try CLI.run(["merge"] + shards + ["--out", work.path("merged")])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.snapshot(work.path("whole")) == Self.snapshot(work.path("merged")))
    }

    @Test func gnuParallelRunsFourShardsAndMergesThemIdenticalToTheUnshardedRun() throws {
        let work = try Work()
        defer { work.remove() }
        #expect(try sweep(work, out: work.path("whole")).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLI.repository.appendingPathComponent("scripts/sweep-parallel.sh").path, work.sweep,
                             work.path("parallel"), "4", "--runner", "synthetic"]
        var environment = ProcessInfo.processInfo.environment
        environment["VPCSIM"] = try CLI.vpcsimBinary().path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        for shard in 1...4 {
            #expect(stderr.contains("sweep shard \(shard)/4: "), "shard \(shard) did not report progress: \(stderr)")
        }
        #expect(try Self.snapshot(work.path("whole")) == Self.snapshot(work.path("parallel")))
    }

    // MARK: Bad input: exit 2, a message naming the file, line and key, and nothing written

    func expectRefused(_ arguments: [String], out: String, message: String) throws {
        let outcome = try CLI.run(arguments)
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownKeyWrongTypeAndEmptyListAreRefused() throws {
        for (vary, message) in [
            ("  fleets.app.cuont: [2, 3]", "grid.yaml:3:3: error: fleets[0].cuont: "),
            ("  fleets.app.count: [2, many]", "grid.yaml:3:25: error: fleets[0].count: "),
            ("  fleets.app.count: []", "grid.yaml:3:"),
            ("  fleets.app.count: [2]\n  traffic.1.rat: [1/s]", "grid.yaml:4:3: error: traffic[1].rat: "),
        ] {
            let work = try Work(vary: vary)
            defer { work.remove() }
            try expectRefused(["sweep", work.sweep, "--out", work.path("out"), "--runner", "synthetic"],
                              out: work.path("out"), message: message)
        }
    }

    @Test(arguments: ["5/4", "0/4", "two/four"])
    func badShardIsRefused(_ shard: String) throws {
        let work = try Work()
        defer { work.remove() }
        try expectRefused(["sweep", work.sweep, "--out", work.path("out"), "--runner", "synthetic", "--shard", shard],
                          out: work.path("out"), message: "--shard:1:1: error: shard: ")
    }

    @Test func zeroJobsIsRefused() throws {
        let work = try Work()
        defer { work.remove() }
        try expectRefused(["sweep", work.sweep, "--out", work.path("out"), "--runner", "synthetic", "--jobs", "0"],
                          out: work.path("out"), message: "command line:1:1: error: --jobs: must be at least 1; found 0")
    }

    @Test func resumeAgainstAnotherSweepsFolderIsRefusedAndLeavesItAlone() throws {
        let work = try Work()
        defer { work.remove() }
        let out = work.path("out")
        #expect(try sweep(work, out: out).status == 0)
        let before = try Self.snapshot(out)
        let other = work.path("other.yaml")
        try "scenario: \(Self.base)\nvary:\n  fleets.app.count: [3, 5]\n".write(toFile: other, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["sweep", other, "--out", out, "--runner", "synthetic", "--resume"])
        #expect(outcome.status == 2)
        // The error names the line of `content_hash` in the folder's manifest.
        let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
        let line = try #require(manifest.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"content_hash\"") }) + 1
        #expect(outcome.stderr.hasPrefix("\(out)/manifest.json:\(line):3: error: content_hash: the folder holds results of a different sweep"),
                "\(outcome.stderr)")
        #expect(try Self.snapshot(out) == before)
    }

    @Test func mergeOfAnIncompleteSetIsRefused() throws {
        let work = try Work()
        defer { work.remove() }
        #expect(try sweep(work, out: work.path("s1"), ["--shard", "1/2"]).status == 0)
        try expectRefused(["merge", work.path("s1"), "--out", work.path("merged")], out: work.path("merged"),
                          message: "error: shard: shard 2/2 missing")
    }

    // MARK: plot and report

    @Test func plotAndReportWriteTheirFiles() throws {
        let work = try Work(vary: "  fleets.app.count: [4, 40, 160]")
        defer { work.remove() }
        let out = work.path("out")
        #expect(try sweep(work, out: out).status == 0)
        let plot = try CLI.run(["plot", out])
        #expect(plot.status == 0, "\(plot.stderr)")
        let images = plot.stdout.split(separator: "\n").map(String.init)
        #expect(images.count == 10)
        #expect(images.allSatisfy { FileManager.default.fileExists(atPath: $0) && $0.hasPrefix(out + "/plots/") })
        let report = try CLI.run(["report", out])
        #expect(report.status == 0, "\(report.stderr)")
        let text = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(text.contains("![Connections against VPCs](plots/sweep-connections.png)"))
        // 2 + 160 = 162 VPCs break the 125-peerings quota; 2 + 40 = 42 do not.
        #expect(text.contains("**peering-mesh** first breaks a quota at 162 VPCs"))
    }

    @Test func reportOnAMissingFolderIsBadInput() throws {
        let outcome = try CLI.run(["report", "/nonexistent/vpcsim-folder"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("/nonexistent/vpcsim-folder: error: DIR: no such folder"))
    }
}

import Foundation
import Testing

/// End to end: the built `vpcsim validate` binary on good and bad files.
@Suite struct ValidateCommandTests {
    /// The `vpcsim` executable next to this test binary in the build products folder
    /// (`.build/<triple>/<debug|release>/`), whichever configuration is being tested.
    static func vpcsimBinary() throws -> URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On macOS the test binary sits inside an .xctest bundle.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder.deleteLastPathComponent()
        }
        let candidates = [folder, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("vpcsim") }
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw BinaryMissing(searched: candidates.map(\.path))
        }
        return binary
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "vpcsim binary not found (build it with --build-tests or swift build); looked at " + searched.joined(separator: ", ")
        }
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = try vpcsimBinary()
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The repository's root, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFile(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func goodScenarioExitsZero() throws {
        let example = Self.repository.appendingPathComponent("scenarios/two-region.yaml").path
        let outcome = try Self.run(["validate", example])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "\(example): ok\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func badScenarioExitsTwoWithALocatedMessage() throws {
        let file = try Self.temporaryFile("name: bad\nduraton: 5m\n", name: "bad.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try Self.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "\(file.path):2:1: error: duraton: unknown key 'duraton'; did you mean 'duration'?\n")
    }

    @Test func unknownLatencySourceExitsTwoWithALocatedSuggestion() throws {
        let file = try Self.temporaryFile("name: bad\nlatency:\n  source: cloud-ping\n", name: "bad.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try Self.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "\(file.path):3:11: error: latency.source: unknown value 'cloud-ping'; did you mean 'cloudping'?\n",
                "\(outcome.stderr)")
    }

    /// `services[].load_balancer` takes `none`, `nlb` or `alb`; anything else is located.
    @Test func unknownLoadBalancerExitsTwoWithALocatedMessage() throws {
        let text = """
            name: bad
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
            services:
              - {name: api, vpc: a, port: 443, service_time: 4ms, load_balancer: elb}

            """
        let file = try Self.temporaryFile(text, name: "bad.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try Self.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("\(file.path):5:70: error: services[0].load_balancer: unknown value 'elb'"),
                "\(outcome.stderr)")
    }

    /// `traffic[].requests_per_connection` is a whole number of at least 1.
    @Test func zeroRequestsPerConnectionExitsTwoWithALocatedMessage() throws {
        let text = """
            name: bad
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: a, port: 443, service_time: 4ms}
            traffic:
              - {from: b, to: api, rate: 10/s, requests_per_connection: 0}

            """
        let file = try Self.temporaryFile(text, name: "bad.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let outcome = try Self.run(["validate", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("\(file.path):8:61: error: traffic[0].requests_per_connection:"),
                "\(outcome.stderr)")
    }

    @Test func everyFileIsCheckedAndAnyFailureGivesTwo() throws {
        let example = Self.repository.appendingPathComponent("scenarios/two-region.yaml").path
        let missing = "/nonexistent/scenario.yaml"
        let outcome = try Self.run(["validate", missing, example])
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "\(example): ok\n")
        #expect(outcome.stderr == "\(missing): error: no such file\n")
    }

    @Test func everyExampleInScenariosValidates() throws {
        let folder = Self.repository.appendingPathComponent("scenarios")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path))
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
            .map { folder.appendingPathComponent($0).path }
        #expect(!files.isEmpty)
        let outcome = try Self.run(["validate"] + files)
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }
}

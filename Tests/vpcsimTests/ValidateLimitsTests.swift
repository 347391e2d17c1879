import Foundation
import Scenario
import Testing

/// `vpcsim validate` refuses what would only fail later: a scenario name that cannot be a
/// folder name on Linux (it becomes results/<name>/ and results/<name>-plan/), and a scenario
/// whose one replication cannot fit in the machine's memory (estimated before running).
@Suite struct ValidateLimitsTests {
    static func validate(_ text: String, fileName: String = "s.yaml") throws -> (ValidateCommandTests.Outcome, String) {
        let file = try ValidateCommandTests.temporaryFile(text, name: fileName)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        return (try ValidateCommandTests.run(["validate", file.path]), file.path)
    }

    @Test func nameUpToNameMaxLessThePlanSuffix() throws {
        // NAME_MAX is 255 bytes; `vpcsim plan` appends "-plan" (5 bytes): 250 fit, 251 do not.
        let (fits, _) = try Self.validate("name: \(String(repeating: "a", count: 250))\n")
        #expect(fits.status == 0, "\(fits.stderr)")
        let (tooLong, file) = try Self.validate("name: \(String(repeating: "a", count: 251))\n")
        #expect(tooLong.status == 2)
        #expect(tooLong.stderr.hasPrefix("\(file):1:7: error: name: the scenario's name is 251 bytes long; a folder name holds at most 255 bytes"),
                "\(tooLong.stderr)")
    }

    @Test func nameFromTheFileNameIsCheckedToo() throws {
        // A 251-byte stem plus ".yml" is a legal 255-byte file name, but not a legal plan folder.
        let stem = String(repeating: "b", count: 251)
        let (outcome, file) = try Self.validate("seed: 3\n", fileName: stem + ".yml")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(file):1:1: error: name: the scenario's name (from the file name) is 251 bytes long"), "\(outcome.stderr)")
    }

    @Test func slashAndNulAreNotNames() throws {
        for name in ["a/b", "\"a\\0b\""] {
            let (outcome, _) = try Self.validate("name: \(name)\n")
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("is not a valid name"), "\(outcome.stderr)")
        }
    }

    static let hugeFleet = """
        name: huge
        fleets:
          - {name: app, region: us-east-1, count: 100000, cidr_pool: 10.0.0.0/8, prefix: 28}

        """

    @Test func aFullMeshThatCannotFitIsRefusedWithItsEstimate() throws {
        // 100,000 VPCs fully meshed: 100,000 × 99,999 / 2 = 4,999,950,000 peerings × 110 B = 512 GiB.
        let (outcome, file) = try Self.validate(Self.hugeFleet)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(file):3:3: error: fleets: one replication would need about 512 GiB of memory "
                                        + "(4,999,950,000 peerings (peering-mesh, full): 512 GiB, 100,000 VPCs: 195 MiB)"), "\(outcome.stderr)")
        // The same fleet without the mesh: 100,000 × 2 KiB = 195 MiB, which fits.
        let (hub, _) = try Self.validate(Self.hugeFleet + "strategies: [transit-gateway, privatelink-hub]\n")
        #expect(hub.status == 0, "\(hub.stderr)")
        let (needed, _) = try Self.validate(Self.hugeFleet + "peering: {mesh: needed}\n")
        #expect(needed.status == 0, "\(needed.stderr)")
    }

    @Test func anOverloadedServiceLineThatCannotFitIsRefused() throws {
        // 1,000,000/s into a service that serves 1/s (1 instance, concurrency 1, 1 s each),
        // for 10 h: (1,000,000 − 1) × 36,000 s = 35,999,964,000 requests waiting, × 151 B = 4.94 TiB.
        let text = """
            name: overload
            duration: 10h
            regions: {us-east-1: {azs: 1}}
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: s, vpc: a, port: 443, instances_per_az: 1, service_time: 1s}
            traffic:
              - {from: b, to: s, rate: 1000000/s}

            """
        let (outcome, _) = try Self.validate(text)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("35,999,964,000 requests waiting in overloaded services' lines: 4.94 TiB"), "\(outcome.stderr)")
        // A timeout bounds the line: requests wait at most 1 s, so (1,000,000 − 1) × 1 s × 151 B = 144 MiB fit.
        let (bounded, _) = try Self.validate(text.replacingOccurrences(of: "service_time: 1s}", with: "service_time: 1s, timeout: 1s}"))
        #expect(bounded.status == 0, "\(bounded.stderr)")
    }

    @Test func estimateAddsUpItsParts() throws {
        // 3,000 VPCs fully meshed (measured peak RSS 452 MB, 442 MiB, for one replication):
        // 32 MiB + 4,498,500 × 110 B + 3,000 × 2,048 B = 534,533,432 B = 510 MiB.
        let file = try ValidateCommandTests.temporaryFile("""
            name: mesh
            strategies: [peering-mesh]
            fleets:
              - {name: app, region: us-east-1, count: 3000, cidr_pool: 10.0.0.0/8, prefix: 20}

            """, name: "mesh.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let estimate = ScenarioMemoryEstimate(try ScenarioLoader.load(path: file.path))
        #expect(estimate.bytes == 534_533_432)
        #expect(ScenarioMemoryEstimate.size(estimate.bytes) == "510 MiB")
    }
}

/// `vpcsim run` says its memory estimate before running, and refuses (exit 2) a `--jobs` whose
/// replications at once would not fit, naming the `--jobs` that fits.
@Suite struct RunMemoryCheckTests {
    @Test func tooManyReplicationsAtOnceAreRefusedBeforeRunning() throws {
        // A full mesh whose one replication takes about 60 % of physical memory:
        // n(n−1)/2 × 110 B ≈ 0.6 × memory, so 2 at once do not fit and 1 does.
        let memory = Double(ProcessInfo.processInfo.physicalMemory)
        let n = Int((2 * 0.6 * memory / 110).squareRoot())
        let file = try ValidateCommandTests.temporaryFile("""
            name: big-mesh
            strategies: [peering-mesh]
            fleets:
              - {name: app, region: us-east-1, count: \(n), cidr_pool: 10.0.0.0/8, prefix: 28}

            """, name: "big-mesh.yaml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let out = file.deletingLastPathComponent().appendingPathComponent("out").path
        let outcome = try ValidateCommandTests.run(["run", file.path, "--replications", "2", "--jobs", "2", "--out", out])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("command line:1:1: error: --jobs: 2 replications at once would need about"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("give --jobs 1 or fewer"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aRunSaysItsEstimate() throws {
        let example = ValidateCommandTests.repository.appendingPathComponent("scenarios/two-region.yaml").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-memory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ValidateCommandTests.run(["run", example, "--replications", "1", "--strategies", "peering-mesh",
                                                    "--set", "duration=10s", "--set", "warmup=1s", "--jobs", "1", "--out", folder.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("memory estimate: ") && outcome.stderr.contains(" per replication, "), "\(outcome.stderr)")
    }
}

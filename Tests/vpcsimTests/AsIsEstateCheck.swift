import Foundation
import Testing

/// Imports an export, runs it under `as-is` alone and checks the unreachable pairs and
/// their reasons against `expected` (expected.json's "as_is", written by
/// scripts/estate-fixture.py from its own description of the estate): the pairs, how many
/// are reachable, how many a security group stops (each naming an endpoint's group), and how
/// many have no route at a TGW route table (naming a `tgw-rtb-`) or at a VPC route table
/// (naming an `rtb-`). Shared by the fixture test and the moto end-to-end test.
enum AsIsEstateCheck {
    struct Outcome {
        var report: String
        var failures: String
        var summary: String
    }

    static func run(accounts: [String], expected: [String: Int], scratch: URL,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Outcome {
        let out = scratch.appendingPathComponent("estate-as-is.yaml").path
        let imported = try ValidateCommandTests.run(["import", "aws"] + accounts + ["--out", out, "--traffic", "uniform:2/s"])
        try #require(imported.status == 0, "\(imported.stderr)", sourceLocation: sourceLocation)
        let folder = scratch.appendingPathComponent("as-is-run")
        let run = try ValidateCommandTests.run(["run", out, "--out", folder.path, "--strategies", "as-is",
                                                "--replications", "1", "--set", "duration=20s", "--jobs", "1"])
        try #require(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
        let report = try String(contentsOf: folder.appendingPathComponent("design-report.md"), encoding: .utf8)
        let failures = try String(contentsOf: folder.appendingPathComponent("failures.csv"), encoding: .utf8)
        let summary = try String(contentsOf: folder.appendingPathComponent("summary.csv"), encoding: .utf8)
        // The report is printed too.
        #expect(run.stdout.contains(report), sourceLocation: sourceLocation)

        let pairs = expected["pairs"] ?? -1, reachable = expected["reachable"] ?? -1
        #expect(report.contains("Reachability: \(reachable) of \(pairs) (consumer VPC, service) pairs reachable, \(pairs - reachable) unreachable"),
                "\(report)", sourceLocation: sourceLocation)
        let lines = report.split(separator: "\n").map(String.init).filter { $0.hasPrefix("- ") && $0.contains(" → ") }
        #expect(lines.count == pairs - reachable, sourceLocation: sourceLocation)
        let blocked = lines.filter { $0.contains(": `security-group`: sg-") && $0.contains("(endpoint vpce-") }
        #expect(blocked.count == expected["security-group"], sourceLocation: sourceLocation)
        let atGateway = lines.filter { $0.contains(": `no-route`: tgw-rtb-") && $0.contains("has no route to 10.5.") }
        #expect(atGateway.count == expected["no-route at a TGW route table"], sourceLocation: sourceLocation)
        let atVPC = lines.filter { $0.contains(": `no-route`: rtb-") && $0.contains("has no route to 10.5.") }
        #expect(atVPC.count == expected["no-route at a VPC route table"], sourceLocation: sourceLocation)
        // failures.csv counts the same pairs by reason (control plane).
        let noRoute = (expected["no-route at a TGW route table"] ?? 0) + (expected["no-route at a VPC route table"] ?? 0)
        #expect(failures.contains(",as-is,0,control,no-route,\(noRoute)\n"), "\(failures)", sourceLocation: sourceLocation)
        #expect(failures.contains(",as-is,0,control,security-group,\(expected["security-group"] ?? -1)\n"), "\(failures)",
                sourceLocation: sourceLocation)
        // Time to connect is not applicable: said so, never invented.
        #expect(report.contains("Time to connect: not applicable"), sourceLocation: sourceLocation)
        return Outcome(report: report, failures: failures, summary: summary)
    }
}

import Foundation
import Testing

/// Errors found only when running (expanding the topology) name the scenario item they
/// come from, at its line, and exit 2 like any bad input.
@Suite struct RunLocatedErrorTests {
    @Test(arguments: [
        // An explicit VPC takes one of the only two blocks of the fleet's pool.
        ("""
         vpcs:
           - {name: a, region: us-east-1, cidrs: [10.0.0.0/24]}
         fleets:
           - {name: app, region: us-east-1, count: 2, cidr_pool: 10.0.0.0/23, prefix: 24}

         """, "fleets[0]", ":6:"),
        // The second fleet's pool is the first fleet's, already used up.
        ("""
         fleets:
           - {name: app, region: us-east-1, count: 2, cidr_pool: 10.0.0.0/23, prefix: 24}
           - {name: web, region: us-east-1, count: 1, cidr_pool: 10.0.0.0/23, prefix: 24}

         """, "fleets[1]", ":5:"),
    ])
    func topologyErrorsNameTheirItem(text: String, key: String, line: String) throws {
        let file = try ValidateCommandTests.temporaryFile("name: x\nduration: 20s\n" + text, name: "pool.yaml")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-located-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try ValidateCommandTests.run(["run", file.path, "--out", out.path, "--replications", "2"])
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("error: \(key)"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("pool.yaml\(line)"), "\(outcome.stderr)")
    }
}

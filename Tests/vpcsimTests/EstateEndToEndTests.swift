import Foundation
import Import
import Scenario
import Testing

/// End to end against moto's server: scripts/estate-fixture.py builds the estate and exports
/// it with scripts/export-aws.sh (--profile, --endpoint-url), `vpcsim import aws` imports it,
/// and every count is checked against what the script says it created (its expected.json,
/// computed from its own description of the estate). Needs .venv-test (make test creates it:
/// scripts/python-venv.sh); without it the test is skipped and says so.
@Suite struct EstateEndToEndTests {
    static let python = ValidateCommandTests.repository.appendingPathComponent(".venv-test/bin/python").path
    static let venvAvailable = FileManager.default.isExecutableFile(atPath: python)

    @Test(.enabled(if: venvAvailable, "skipped: no .venv-test/bin/python (run scripts/python-venv.sh: awscli and moto[server] from PyPI)"),
          .timeLimit(.minutes(20)))
    func motoToExportToImport() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("estate-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let export = scratch.appendingPathComponent("export")
        let script = ValidateCommandTests.repository.appendingPathComponent("scripts/estate-fixture.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [script, export.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "estate-fixture.py failed: \(String(decoding: log, as: UTF8.self))")

        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: export.appendingPathComponent("expected.json"))) as? [String: Any])
        let accounts = ["123456789012", "210987654321"].map { export.appendingPathComponent($0).path }
        let estate = try EstateLoader.load(directories: accounts)

        let created = estate.vpcs.filter { !$0.isDefault }
        #expect(created.count == expected["named_vpcs"] as? Int)
        #expect(estate.vpcs.filter(\.isDefault).count == expected["default_vpcs"] as? Int)
        let perPlace = Dictionary(grouping: created, by: { "\($0.account)/\($0.region)" }).mapValues(\.count)
        #expect(perPlace == expected["vpcs_per_account_region"] as? [String: Int])
        #expect(created.filter { $0.nameTag == nil }.count == (expected["untagged_vpcs"] as? [String])?.count)
        let byState = Dictionary(grouping: estate.peerings, by: \.state).mapValues(\.count)
        #expect(byState == expected["peerings"] as? [String: Int])
        #expect(estate.transitGateways.count == expected["tgws"] as? Int)
        #expect(estate.tgwAttachments.filter { $0.resourceType == "vpc" }.count == expected["tgw_vpc_attachments"] as? Int)
        #expect(estate.tgwAttachments.filter { $0.resourceType == "peering" }.count == expected["tgw_peering_attachments"] as? Int)
        #expect(estate.tgwRouteTables.flatMap(\.routes).filter { $0.state == "blackhole" }.count == expected["blackhole_routes"] as? Int)
        #expect(estate.endpointServices.count == expected["endpoint_services"] as? Int)
        #expect(estate.endpoints.filter { $0.type == "Interface" }.count == expected["interface_endpoints"] as? Int)

        let out = scratch.appendingPathComponent("estate.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws"] + accounts + ["--out", out, "--traffic", "uniform:1/s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let scenario = try ScenarioLoader.load(path: out)
        #expect(scenario.vpcs.count == (expected["named_vpcs"] as? Int ?? 0) + (expected["default_vpcs"] as? Int ?? 0))
        let service = try #require(scenario.services.first)
        #expect(service.port == expected["service_port"] as? Int)
        #expect(service.instancesPerAZ == expected["targets_per_az"] as? Int)

        // The estate as it is: the unreachable pairs and their reasons the script derives.
        let asIs = try #require(expected["as_is"] as? [String: Int])
        _ = try AsIsEstateCheck.run(accounts: accounts, expected: asIs, scratch: scratch)
    }
}

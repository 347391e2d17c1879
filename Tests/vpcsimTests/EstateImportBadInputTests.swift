import Foundation
import Testing
import Import
#if canImport(Glibc)
import Glibc
#endif

/// `vpcsim import aws` on damaged copies of the fixture export: each failure exits 2, names
/// the file and the JSON path, and writes no scenario file (nor leaves an old one changed).
@Suite struct EstateImportBadInputTests {
    /// A scratch copy of the fixture's account A export, `edit`ed, imported; returns the outcome
    /// and the scratch folder's files after the import.
    static func importDamaged(_ edit: (URL) throws -> Void, extra: [String] = []) throws -> (ValidateCommandTests.Outcome, String, [String]) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("estate-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let account = scratch.appendingPathComponent("123456789012")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: EstateImportTests.accountA, toPath: account.path)
        try edit(account.appendingPathComponent("us-east-1"))
        let out = scratch.appendingPathComponent("out.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", account.path, "--out", out] + extra)
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
        return (outcome, account.path, left)
    }

    static func rewrite(_ file: URL, _ change: (inout [String: Any]) -> Void) throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: file)
    }

    @Test func truncatedJSON() throws {
        let (outcome, account, left) = try Self.importDamaged { region in
            let file = region.appendingPathComponent("ec2-describe-vpcs.json")
            let data = try Data(contentsOf: file)
            try data.prefix(data.count / 2).write(to: file)
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(account)/us-east-1/ec2-describe-vpcs.json: error: not valid JSON"), "\(outcome.stderr)")
        #expect(left == ["123456789012"])
    }

    @Test func anExportFileThatIsAFIFOIsRefusedNotWaitedOn() throws {
        let (outcome, account, left) = try Self.importDamaged { region in
            let file = region.appendingPathComponent("ec2-describe-vpcs.json")
            try FileManager.default.removeItem(at: file)
            #expect(mkfifo(file.path, 0o600) == 0)
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(account)/us-east-1/ec2-describe-vpcs.json: error: is a FIFO (named pipe), not a regular file"),
                "\(outcome.stderr)")
        #expect(left == ["123456789012"])
    }

    @Test func aMissingExportFileSaysWhichCallToRerun() throws {
        let (outcome, account, left) = try Self.importDamaged { region in
            try FileManager.default.removeItem(at: region.appendingPathComponent("ec2-describe-subnets.json"))
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(account)/us-east-1/ec2-describe-subnets.json: error: no such file: the export has no output of 'aws ec2 describe-subnets'"),
                "\(outcome.stderr)")
        #expect(left == ["123456789012"])
    }

    @Test func fileOfTheWrongCommand() throws {
        let (outcome, _, left) = try Self.importDamaged { region in
            let vpcs = region.appendingPathComponent("ec2-describe-vpcs.json")
            try FileManager.default.removeItem(at: vpcs)
            try FileManager.default.copyItem(at: region.appendingPathComponent("ec2-describe-subnets.json"), to: vpcs)
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("ec2-describe-vpcs.json: error: Vpcs: not the output of 'aws ec2 describe-vpcs'"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("(the output of 'aws ec2 describe-subnets'?)"))
        #expect(left == ["123456789012"])
    }

    @Test func missingKeyIsNamedByItsPath() throws {
        let (outcome, _, left) = try Self.importDamaged { region in
            try Self.rewrite(region.appendingPathComponent("ec2-describe-subnets.json")) { object in
                var subnets = object["Subnets"] as! [[String: Any]]
                subnets[1].removeValue(forKey: "VpcId")
                object["Subnets"] = subnets
            }
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("ec2-describe-subnets.json: error: Subnets[1].VpcId: missing"), "\(outcome.stderr)")
        #expect(left == ["123456789012"])
    }

    @Test func routeToAPeeringTheExportDoesNotHold() throws {
        let (outcome, _, left) = try Self.importDamaged { region in
            try Self.rewrite(region.appendingPathComponent("ec2-describe-route-tables.json")) { object in
                var tables = object["RouteTables"] as! [[String: Any]]
                var routes = tables[0]["Routes"] as! [[String: Any]]
                routes.append(["DestinationCidrBlock": "10.200.0.0/16", "VpcPeeringConnectionId": "pcx-00000000missing",
                               "State": "active", "Origin": "CreateRoute"])
                tables[0]["Routes"] = routes
                object["RouteTables"] = tables
            }
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("RouteTables[0].Routes["), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("].VpcPeeringConnectionId: route 10.200.0.0/16"))
        #expect(outcome.stderr.contains("peering pcx-00000000missing"))
        #expect(left == ["123456789012"])
    }

    @Test func routeToATransitGatewayTheExportDoesNotHold() throws {
        let (outcome, _, _) = try Self.importDamaged { region in
            try Self.rewrite(region.appendingPathComponent("ec2-describe-route-tables.json")) { object in
                var tables = object["RouteTables"] as! [[String: Any]]
                var routes = tables[0]["Routes"] as! [[String: Any]]
                routes.append(["DestinationCidrBlock": "10.201.0.0/16", "TransitGatewayId": "tgw-00000000missing", "State": "active"])
                tables[0]["Routes"] = routes
                object["RouteTables"] = tables
            }
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("].TransitGatewayId: route 10.201.0.0/16"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("transit gateway tgw-00000000missing"))
    }

    @Test func missingPerResourceFile() throws {
        let (outcome, _, _) = try Self.importDamaged { region in
            try FileManager.default.removeItem(at: region.appendingPathComponent("describe-target-health"))
        }
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("describe-target-health/orders_"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("no such file"))
    }

    @Test func badTrafficFill() throws {
        let (outcome, _, left) = try Self.importDamaged({ _ in }, extra: ["--traffic", "uniform:fast"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--traffic: 'fast' is not a rate"), "\(outcome.stderr)")
        #expect(left == ["123456789012"])
        let (poisson, _, _) = try Self.importDamaged({ _ in }, extra: ["--traffic", "poisson:5/s"])
        #expect(poisson.status == 2)
    }

    @Test func notAnExportFolder() throws {
        let outcome = try ValidateCommandTests.run(["import", "aws", "/nonexistent-export", "--out", "/tmp/never.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("/nonexistent-export: error: no such folder"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.yaml"))
    }
}

/// A VPC shared through RAM shows in the owner's and each participant's export.
@Suite struct EstateSharedVPCTests {
    @Test func aVPCListedByTwoAccountsIsImportedOnce() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("estate-shared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let a = scratch.appendingPathComponent("a"), b = scratch.appendingPathComponent("b")
        try FileManager.default.copyItem(atPath: EstateImportTests.accountA, toPath: a.path)
        try FileManager.default.copyItem(atPath: EstateImportTests.accountB, toPath: b.path)
        // Account B's us-east-1 export also lists account A's first us-east-1 VPC and its subnets.
        let aRegion = a.appendingPathComponent("us-east-1"), bRegion = b.appendingPathComponent("us-east-1")
        let aVPCs = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: aRegion.appendingPathComponent("ec2-describe-vpcs.json"))) as? [String: Any])
        let shared = try #require((aVPCs["Vpcs"] as? [[String: Any]])?.first)
        let sharedId = try #require(shared["VpcId"] as? String)
        let aSubnets = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: aRegion.appendingPathComponent("ec2-describe-subnets.json"))) as? [String: Any])
        let sharedSubnets = (aSubnets["Subnets"] as? [[String: Any]] ?? []).filter { $0["VpcId"] as? String == sharedId }
        try EstateImportBadInputTests.rewrite(bRegion.appendingPathComponent("ec2-describe-vpcs.json")) { object in
            object["Vpcs"] = (object["Vpcs"] as! [[String: Any]]) + [shared]
        }
        try EstateImportBadInputTests.rewrite(bRegion.appendingPathComponent("ec2-describe-subnets.json")) { object in
            object["Subnets"] = (object["Subnets"] as! [[String: Any]]) + sharedSubnets
        }
        let estate = try EstateLoader.load(directories: [a.path, b.path])
        #expect(estate.vpcs.filter { $0.id == sharedId }.count == 1)
        #expect(estate.vpcs.count == 26)   // as without the duplicate: 20 created + 6 default
        #expect(Set(estate.subnets.map(\.id)).count == estate.subnets.count)
    }
}

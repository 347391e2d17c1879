import Foundation
import Import
import Scenario
import Strategies
import Testing

/// `vpcsim import aws` on the committed moto export (Tests/vpcsimTests/Fixtures/estate/,
/// written by scripts/estate-fixture.py): the counts are those the fixture script created,
/// by its design (its docstring and constants), never output of the import pasted back.
@Suite struct EstateImportTests {
    static let fixture = ValidateCommandTests.repository.appendingPathComponent("Tests/vpcsimTests/Fixtures/estate")
    static let accountA = fixture.appendingPathComponent("123456789012").path
    static let accountB = fixture.appendingPathComponent("210987654321").path

    static func estate() throws -> Estate {
        try EstateLoader.load(directories: [accountA, accountB])
    }

    static func vpcId(_ estate: Estate, _ name: String) -> String? {
        estate.vpcs.first { $0.nameTag == name }?.id
    }

    /// Non-local routes of a VPC's main route table, by target kind.
    static func mainRoutes(_ estate: Estate, _ name: String) -> [EstateRoute] {
        guard let id = vpcId(estate, name), let table = estate.routeTables(ofVPC: id).first(where: \.isMain) else { return [] }
        return table.routes.filter { $0.target != .local }
    }

    @Test func vpcsPerAccountAndRegion() throws {
        let estate = try Self.estate()
        #expect(estate.accounts == ["123456789012", "210987654321"])
        // 20 created VPCs, 19 with a Name tag, plus moto's default VPC in each of 2 accounts × 3 Regions.
        let created = estate.vpcs.filter { !$0.isDefault }
        #expect(created.count == 20)
        #expect(created.filter { $0.nameTag != nil }.count == 19)
        #expect(estate.vpcs.filter(\.isDefault).count == 6)
        let perPlace = Dictionary(grouping: created, by: { "\($0.account)/\($0.region)" }).mapValues(\.count)
        #expect(perPlace == ["123456789012/us-east-1": 5, "123456789012/eu-west-1": 4, "123456789012/ap-southeast-2": 3,
                             "210987654321/us-east-1": 3, "210987654321/eu-west-1": 3, "210987654321/ap-southeast-2": 2])
    }

    @Test func blocksAndZones() throws {
        let estate = try Self.estate()
        let first = try #require(estate.vpcs.first { $0.nameTag == "a-use1-01" })
        #expect(first.ipv4Blocks == ["10.1.0.0/16", "10.101.0.0/16"])   // primary, then the secondary block
        #expect(first.ipv6Blocks.count == 1)                             // the Amazon-provided IPv6 block
        #expect(estate.availabilityZones(ofVPC: first.id) == ["us-east-1a", "us-east-1b"])
        let provider = try #require(Self.vpcId(estate, "a-use1-05"))
        #expect(estate.availabilityZones(ofVPC: provider) == ["us-east-1a", "us-east-1b", "us-east-1c"])
        // The overlapping pair: b-use1-03 reuses a-use1-01's block.
        #expect(estate.vpcs.first { $0.nameTag == "b-use1-03" }?.ipv4Blocks == ["10.1.0.0/16"])
    }

    @Test func peeringsByState() throws {
        let estate = try Self.estate()
        // Each listed once although the inter-Region and cross-account ones show in two files.
        #expect(Set(estate.peerings.map(\.id)).count == estate.peerings.count)
        let byState = Dictionary(grouping: estate.peerings, by: \.state).mapValues(\.count)
        #expect(byState == ["active": 6, "pending-acceptance": 1, "deleted": 1])
    }

    @Test func routesPerTable() throws {
        let estate = try Self.estate()
        func kinds(_ name: String) -> (peering: Int, tgw: Int) {
            let routes = Self.mainRoutes(estate, name)
            return (routes.filter { if case .peering = $0.target { true } else { false } }.count,
                    routes.filter { if case .transitGateway = $0.target { true } else { false } }.count)
        }
        // a-use1-01 peers with 02, 03 and a-euw1-01: one route per peer block.
        #expect(kinds("a-use1-01") == (3, 0))
        // a-use1-02 peers with 01 (two blocks), 03 and b-use1-02.
        #expect(kinds("a-use1-02") == (4, 0))
        // a-use1-03 peers with 01 (two blocks) and 02, and is attached to us-east-1's TGW.
        #expect(kinds("a-use1-03") == (3, 1))
        #expect(kinds("a-euw1-01") == (2, 0))
        #expect(kinds("a-euw1-04") == (0, 1))
        #expect(kinds("b-use1-02") == (1, 0))
        // No routes to the pending or the deleted peering.
        #expect(kinds("a-use1-04") == (0, 0))
        // a-use1-01 has a second table (on its AZ b subnet) with one route.
        let first = try #require(Self.vpcId(estate, "a-use1-01"))
        let tables = estate.routeTables(ofVPC: first)
        #expect(tables.count == 2)
        let second = try #require(tables.first { !$0.isMain })
        #expect(second.subnetIds.count == 1)
        #expect(second.routes.filter { $0.target != .local }.map(\.destination) == ["10.2.0.0/16"])
    }

    @Test func transitGateways() throws {
        let estate = try Self.estate()
        #expect(estate.transitGateways.count == 3)
        #expect(Set(estate.transitGateways.map(\.region)) == ["us-east-1", "eu-west-1", "ap-southeast-2"])
        let byType = Dictionary(grouping: estate.tgwAttachments, by: \.resourceType).mapValues(\.count)
        #expect(byType == ["vpc": 8, "peering": 1])
        #expect(estate.tgwRouteTables.count == 3)
        let blackholes = estate.tgwRouteTables.flatMap(\.routes).filter { $0.state == "blackhole" }
        #expect(blackholes.map(\.destination) == ["10.99.0.0/16"])
    }

    @Test func endpointsAndServices() throws {
        let estate = try Self.estate()
        #expect(estate.endpointServices.count == 1)
        let service = try #require(estate.endpointServices.first)
        #expect(service.acceptanceRequired)
        let interface = estate.endpoints.filter { $0.type == "Interface" && $0.serviceName == service.serviceName }
        let consumers = Set(interface.compactMap { e in estate.vpc(id: e.vpcId)?.nameTag })
        #expect(consumers == ["a-use1-01", "a-use1-02"])
        let group = try #require(estate.targetGroups.first { $0.name == "orders" })
        #expect(group.port == 443)
        let perZone = Dictionary(grouping: group.targets, by: { $0.availabilityZone ?? "?" }).mapValues(\.count)
        #expect(perZone == ["us-east-1a": 2, "us-east-1b": 2])
    }

    @Test func securityGroupReferences() throws {
        let estate = try Self.estate()
        let svc = try #require(estate.securityGroups.first { $0.name == "svc" })
        let client = try #require(estate.securityGroups.first { $0.name == "client" })
        #expect(svc.inbound.flatMap(\.groups) == [client.id])
        #expect(client.inbound.flatMap(\.groups) == [svc.id])
        #expect(svc.inbound.flatMap(\.prefixLists).count == 1)
        #expect(estate.prefixLists.contains { $0.name == "corp" })
    }

    @Test func writtenScenarioValidates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("estate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("estate.yaml").path
        let outcome = try ValidateCommandTests.run(["import", "aws", Self.accountA, Self.accountB, "--out", out, "--traffic", "uniform:2/s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let scenario = try ScenarioLoader.load(path: out)
        #expect(scenario.vpcs.count == 26)
        // Names: the Name tag, else the id; the untagged VPC and the defaults go by id.
        #expect(scenario.vpcs.contains { $0.name == "a-use1-01" && $0.cidrs.count == 3 && $0.routeTables == 2 && $0.azs == 2 })
        let untagged = try #require(try Self.estate().vpcs.first { !$0.isDefault && $0.nameTag == nil })
        #expect(scenario.vpcs.contains { $0.name == untagged.id })
        #expect(scenario.vpcs.filter { $0.name.hasPrefix("vpc-") }.count == 7)
        let service = try #require(scenario.services.first)
        #expect(scenario.services.count == 1)
        #expect(service.name == "orders" && service.vpc == "a-use1-05" && service.port == 443 && service.instancesPerAZ == 2)
        // Every VPC but the provider calls the service.
        #expect(scenario.traffic.count == 25)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("ec2-describe-vpcs.json Vpcs["))
        // The existing connectivity is the as-is design's section now, not "Not used":
        // every peering (8), gateway (3) and attachment (9) of the fixture, as-is listed first.
        #expect(text.contains("# Not used (0)"))
        #expect(text.contains("strategies: [as-is, peering-mesh, "))
        let asIs = scenario.options.asIs
        #expect(asIs.peerings.count == 8 && asIs.transitGateways.count == 3 && asIs.tgwAttachments.count == 9)
        #expect(asIs.endpoints.count == 2 && asIs.tgwRouteTables.count == 3)
        #expect(text.contains("/us-east-1/ec2-describe-vpc-peering-connections.json VpcPeeringConnections[0]\n    - {id: pcx-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["estate.yaml"])
        // And it runs: one short replication of every design.
        let run = try ValidateCommandTests.run(["run", out, "--out", folder.appendingPathComponent("run").path,
                                                "--replications", "1", "--set", "duration=20s", "--jobs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("peering-mesh") && run.stdout.contains("transit-gateway"))
    }

    /// The fixture under as-is: the unreachable pairs and reasons scripts/estate-fixture.py
    /// derives from its estate (its docstring; expected.json's "as_is"), the connections and
    /// the monthly cost by hand.
    @Test func asIsOnTheFixture() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("estate-as-is-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let expected = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixture.appendingPathComponent("expected.json"))) as? [String: Any])
        let asIs = try #require(expected["as_is"] as? [String: Int])
        let outcome = try AsIsEstateCheck.run(accounts: [Self.accountA, Self.accountB], expected: asIs, scratch: scratch)
        // The two blocked consumers name their endpoint's own group, by id.
        let estate = try Self.estate()
        for name in ["a-use1-01", "a-use1-02"] {
            let vpc = try #require(Self.vpcId(estate, name))
            let endpoint = try #require(estate.endpoints.first { $0.vpcId == vpc })
            let group = try #require(endpoint.securityGroups.first)
            #expect(outcome.report.contains("- \(name) (\(vpc)) → orders: `security-group`: \(group) (endpoint \(endpoint.id)'s) admits no tcp/443"),
                    "\(outcome.report)")
        }
        // Connections: 6 active peerings, 2 available endpoints, 8 VPC and 1 peering TGW
        // attachments. Cost: attachment-hours of 8 VPC attachments and both sides of the
        // peering, 10 × 0.05 USD × 730 h = 365 USD, plus 2 endpoints × 2 AZs × 0.01 USD × 730 h
        // = 29.20 USD; no pair is reachable, so no data is charged.
        let rows = outcome.summary.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        try #require(rows.count == 2 && rows[0].count == rows[1].count)
        func column(_ name: String) -> String? { rows[0].firstIndex(of: name).map { rows[1][$0] } }
        #expect(column("connections") == "17")
        #expect(column("unreachable_pairs") == "25")
        #expect(column("api_operations") == "0")
        #expect(column("time_to_connect_p50_s") == "")
        // 365 (attachments) + 29.20 (endpoints) + the one service's NLB by the hour (0.0225 × 730
        // = 16.425; nothing reaches it, so no capacity units) = 410.625.
        #expect(Double(column("monthly_cost_usd") ?? "") == 410.63)
        #expect(outcome.report.contains("Monthly cost of the existing connectivity: 410.63 USD (transit_gateway_attachments 365.00, "))
        // Quota headroom: a-use1-01 and a-use1-02 hold the most active peerings, 3 each.
        #expect(outcome.report.contains("- `peerings_per_vpc` (125): a-use1-01 (\(try #require(Self.vpcId(estate, "a-use1-01")))): 3 of 125 active peerings; "
                                        + "a-use1-02 (\(try #require(Self.vpcId(estate, "a-use1-02")))): 3 of 125 active peerings;"))
    }
}

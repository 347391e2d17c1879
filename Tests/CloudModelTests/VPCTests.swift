import Testing
@testable import CloudModel

@Suite struct VPCTests {
    private let use1 = BuiltInRegions.named("us-east-1")!
    private func block(_ text: String) -> CIDRBlock { CIDRBlock(text)! }

    @Test func subnetsAreEqualSlicesOfThePrimaryBlock() throws {
        let vpc = try VPC(id: VPCID(1), name: "a", region: use1, cidrs: [block("10.1.0.0/16"), block("2600:1f18::/56")],
                          zones: try use1.zones(count: 3), routeTableCount: 2)
        // 3 zones → split in 4: /18s.
        #expect(vpc.subnets.map(\.ipv4.description) == ["10.1.0.0/18", "10.1.64.0/18", "10.1.128.0/18"])
        #expect(vpc.subnets.map { $0.ipv6?.description } == ["2600:1f18::/64", "2600:1f18:0:1::/64", "2600:1f18:0:2::/64"])
        #expect(vpc.subnets.map(\.routeTableIndex) == [0, 1, 0])
        #expect(vpc.zones.map(\.description) == ["use1-az1", "use1-az2", "use1-az4"])
        for s in vpc.subnets { #expect(block("10.1.0.0/16").contains(.ipv4(s.ipv4))) }
        #expect(vpc.routesToReach == FamilyCount(ipv4: 1, ipv6: 1))
    }

    @Test func routeTablesStartWithLocalRoutesOnly() throws {
        let vpc = try VPC(id: VPCID(4), name: "b", region: use1, cidrs: [block("10.4.0.0/16"), block("100.64.0.0/20")],
                          zones: try use1.zones(count: 2), routeTableCount: 4)
        let table = try #require(vpc.makeRouteTable(3))
        #expect(table.staticRouteCount == .zero)
        #expect(table.routes.map(\.target) == [.local, .local])
        #expect(table.lookup(IPAddress("100.64.1.1")!)?.target == .local)
        #expect(vpc.makeRouteTable(4) == nil)
    }

    @Test func overlapBetweenVPCs() throws {
        let zones = try use1.zones(count: 1)
        let a = try VPC(id: VPCID(1), name: "a", region: use1, cidrs: [block("10.0.0.0/16")], zones: zones)
        let b = try VPC(id: VPCID(2), name: "b", region: use1, cidrs: [block("10.1.0.0/16"), block("10.0.128.0/20")],
                        zones: zones)
        let c = try VPC(id: VPCID(3), name: "c", region: use1, cidrs: [block("10.2.0.0/16")], zones: zones)
        #expect(a.overlaps(b) && b.overlaps(a))   // via b's secondary block
        #expect(!a.overlaps(c) && !b.overlaps(c))
    }

    @Test func badDescriptionsAreRejected() throws {
        let zones = try use1.zones(count: 2)
        func make(_ cidrs: [String], zones: [AvailabilityZoneID], tables: Int = 1) throws(VPCError) {
            _ = try VPC(id: VPCID(9), name: "x", region: use1, cidrs: cidrs.map(block), zones: zones, routeTableCount: tables)
        }
        #expect(throws: VPCError(vpc: "x", reason: .noCIDR)) { try make([], zones: zones) }
        #expect(throws: VPCError(vpc: "x", reason: .primaryNotIPv4)) { try make(["2600::/56"], zones: zones) }
        #expect(throws: VPCError(vpc: "x", reason: .overlappingCIDRs(block("10.0.0.0/16"), block("10.0.1.0/24")))) {
            try make(["10.0.0.0/16", "10.0.1.0/24"], zones: zones)
        }
        #expect(throws: VPCError(vpc: "x", reason: .noZones)) { try make(["10.0.0.0/16"], zones: []) }
        #expect(throws: VPCError(vpc: "x", reason: .duplicateZone(zones[0]))) {
            try make(["10.0.0.0/16"], zones: [zones[0], zones[0]])
        }
        let foreign = AvailabilityZoneID(regionPrefix: "euw2", number: 1)
        #expect(throws: VPCError(vpc: "x", reason: .zoneNotInRegion(foreign, region: "us-east-1"))) {
            try make(["10.0.0.0/16"], zones: [foreign])
        }
        #expect(throws: VPCError(vpc: "x", reason: .tooFewRouteTables(0))) { try make(["10.0.0.0/16"], zones: zones, tables: 0) }
        #expect(throws: VPCError(vpc: "x", reason: .tooSmallForSubnets(block("10.0.0.1/32"), zones: 2))) {
            try make(["10.0.0.1/32"], zones: zones)
        }
        let error = #expect(throws: VPCError.self) { try make(["10.0.0.0/16", "10.0.1.0/24"], zones: zones) }
        #expect(error?.message == "VPC x: its CIDRs 10.0.0.0/16 and 10.0.1.0/24 overlap; expected disjoint blocks")
    }

    @Test func idsPrintInAWSStyle() {
        #expect(PeeringConnectionID(42).description == "pcx-0000002a")
        #expect(VPCID(1).description == "vpc-00000001")
        #expect(RouteTarget.transitGateway(TransitGatewayID(255)).description == "tgw-000000ff")
    }
}

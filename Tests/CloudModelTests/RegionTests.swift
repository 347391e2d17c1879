import Testing
@testable import CloudModel

@Suite struct RegionTests {
    /// The twelve built-in names must be exactly the Regions of aws_region_rtt.csv.
    @Test func builtInRegionsAreTheTwelveOfTheRTTFile() {
        let fromCSV = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2",
                       "eu-central-1", "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "sa-east-1"]
        #expect(BuiltInRegions.names.sorted() == fromCSV.sorted())
        #expect(Set(BuiltInRegions.names).count == 12)
    }

    /// AZ-id counts as listed in AWS's AZ table (late-2025 copy).
    @Test(arguments: [
        ("us-east-1", 6), ("us-east-2", 3), ("us-west-1", 3), ("us-west-2", 4), ("eu-west-1", 3),
        ("eu-west-2", 4), ("eu-central-1", 3), ("ap-northeast-1", 4), ("ap-south-1", 3),
        ("ap-southeast-1", 3), ("ap-southeast-2", 3), ("sa-east-1", 3),
    ])
    func documentedZoneCounts(name: String, count: Int) throws {
        let region = try #require(BuiltInRegions.named(name))
        #expect(region.zones.count == count)
        #expect(Set(region.zones).count == count)
        #expect(region.zones.sorted().map(\.number) == Array(1...count))
    }

    /// Prefixes as printed in AWS's table, including ones for Regions that are not built in.
    @Test(arguments: [
        ("us-east-1", "use1"), ("us-west-2", "usw2"), ("eu-central-1", "euc1"), ("ap-northeast-1", "apne1"),
        ("ap-southeast-2", "apse2"), ("ap-south-1", "aps1"), ("sa-east-1", "sae1"), ("eu-west-2", "euw2"),
        ("mx-central-1", "mxc1"), ("il-central-1", "ilc1"), ("ca-west-1", "caw1"), ("eu-north-1", "eun1"),
        ("me-south-1", "mes1"), ("af-south-1", "afs1"), ("lab", "lab"), ("xx-sideways-1", "xx-sideways-1"),
    ])
    func zonePrefixFollowsAWSNaming(name: String, prefix: String) {
        #expect(Region.zonePrefix(for: name) == prefix)
    }

    @Test func selectingZonesSkipsConstrainedOnesFirst() throws {
        let use1 = try #require(BuiltInRegions.named("us-east-1"))
        #expect(try use1.zones(count: 3).map(\.description) == ["use1-az1", "use1-az2", "use1-az4"])
        #expect(try use1.zones(count: 6).count == 6)
        let error = #expect(throws: RegionError.self) { try use1.zones(count: 7) }
        #expect(error?.message.hasPrefix("region us-east-1 has 6 Availability Zones (use1-az1, use1-az2") == true)
        #expect(throws: RegionError.self) { try use1.zones(count: 0) }
    }

    @Test func declaredRegions() throws {
        var catalog = RegionCatalog()
        let north = try catalog.declare(name: "eu-north-1", zoneCount: 3)
        #expect(north.zones.map(\.description) == ["eun1-az1", "eun1-az2", "eun1-az3"])
        #expect(!north.isBuiltIn)
        #expect(try catalog.region(named: "eu-north-1") == north)
        #expect(throws: RegionError(region: "us-east-1", reason: .alreadyDefined(builtIn: true))) {
            try catalog.declare(name: "us-east-1", zoneCount: 3)
        }
        #expect(throws: RegionError(region: "eu-north-1", reason: .alreadyDefined(builtIn: false))) {
            try catalog.declare(name: "eu-north-1", zoneCount: 2)
        }
        #expect(throws: RegionError(region: "Moon Base", reason: .malformedName)) {
            try catalog.declare(name: "Moon Base", zoneCount: 2)
        }
        #expect(throws: RegionError(region: "lab", reason: .tooFewZones(requested: 0))) {
            try catalog.declare(name: "lab", zoneCount: 0)
        }
    }

    @Test func unknownRegionSuggestsTheClosest() {
        let catalog = RegionCatalog()
        let error = #expect(throws: RegionError.self) { try catalog.region(named: "us-esat-1") }
        #expect(error?.reason == .unknownRegion(suggestion: "us-east-1"))
        #expect(error?.message.contains("did you mean us-east-1?") == true)
        #expect(catalog.closestName(to: "eu-west-3")?.distance == 1)
    }
}

import Testing
@testable import CloudModel

/// CloudModel's own catalogs: the prices and quotas no design owns, usable without any design.
@Suite struct SharedCatalogTests {
    @Test func sharedPricesAreSourcedAndUnique() {
        let keys = SharedPrices.facts.map(\.key)
        #expect(Set(keys).count == keys.count)
        for fact in SharedPrices.facts { #expect(!fact.source.isEmpty, "\(fact.key) lacks a source") }
        #expect(SharedPrices.catalog.fact(.hoursPerMonth)?.value == 730)
        // Load balancers are shared (any design may put one in front of a service); a
        // design's own prices are not.
        #expect(SharedPrices.catalog.fact(PriceKey("nlb_hour"))?.value == 0.0225)
        #expect(SharedPrices.catalog.fact(PriceKey("alb_hour"))?.value == 0.0225)
        #expect(SharedPrices.catalog.fact(PriceKey("tgw_attachment_hour")) == nil)
    }

    @Test func aTableReadsAndOverridesByKey() throws {
        var table = PriceTable(catalog: SharedPrices.catalog)
        #expect(table[.interRegionPerGB] == 0.02)
        #expect(table.monthly(hourly: 1) == 730)
        try table.set("inter_region_per_gb", to: 0.08)
        #expect(table[.interRegionPerGB] == 0.08)
        // The default applies only to Regions that are not built in; built-in ones have their own.
        #expect(table.interRegionPerGB(from: "xx-test-1", to: "us-east-1") == 0.08)
        #expect(table.interRegionPerGB(from: "sa-east-1", to: "us-east-1") == 0.138)
        #expect(table != PriceTable(catalog: SharedPrices.catalog))
        let unknown = #expect(throws: PriceError.self) { try table.set("nat_gateway_hours", to: 1) }
        #expect(unknown?.reason == .unknownKey(suggestion: "nat_gateway_hour"))
        #expect(throws: PriceError.self) { try table.set("hours_per_month", to: 0) }   // it divides
        try table.set("nat_gateway_hour", to: 0)
        #expect(table[.natGatewayHour] == 0)
    }

    /// Every built-in Region has its own sourced inter-Region rate, charged by the sender:
    /// out of Asia Pacific and South America several times the US and EU rate.
    @Test func interRegionRatePerSourceRegion() {
        #expect(InterRegionPrices.regions == BuiltInRegions.names)
        let table = PriceTable(catalog: SharedPrices.catalog)
        #expect(table.interRegionPerGB(from: "us-east-1", to: "ap-southeast-1") == 0.02)
        #expect(table.interRegionPerGB(from: "ap-southeast-1", to: "us-east-1") == 0.09)
        #expect(table.interRegionPerGB(from: "ap-northeast-1", to: "eu-west-1") == 0.09)
        #expect(table.interRegionPerGB(from: "ap-south-1", to: "eu-west-1") == 0.086)
        #expect(table.interRegionPerGB(from: "ap-southeast-2", to: "us-west-2") == 0.098)
        #expect(table.interRegionPerGB(from: "sa-east-1", to: "us-east-2") == 0.138)
        #expect(table.interRegionPerGB(from: "us-east-2", to: "us-east-1") == 0.01)
        for region in BuiltInRegions.names where region != "us-east-1" {
            #expect(SharedPrices.catalog.fact(PriceKey.interRegion(from: region)!)?.status == .unconfirmed)
        }
    }

    @Test func sharedQuotasResolveWithoutAnyDesign() throws {
        let catalog = SharedQuotas.catalog
        #expect(Set(catalog.keys).count == catalog.keys.count)
        for d in catalog.definitions { #expect(!d.source.isEmpty, "\(d.key) lacks a source") }
        let maximum = try QuotaSet(catalog: catalog, preset: .maximum)
        #expect(maximum[.routesPerRouteTable] == .limited(1_000))
        #expect(maximum[.rulesPerSecurityGroup] == .limited(200))   // the product rule: 200 × 5
        let set = try QuotaSet(catalog: catalog, overrides: [QuotaOverride(key: "routes_per_route_table", limit: .limited(20))])
        #expect(set[.routesPerRouteTable] == .limited(20))
        #expect(throws: QuotaError.self) {
            try QuotaSet(catalog: catalog, overrides: [QuotaOverride(key: "peerings_per_vpc", limit: .limited(1))])
        }
    }
}

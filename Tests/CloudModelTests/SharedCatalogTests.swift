import Testing
@testable import CloudModel

/// CloudModel's own catalogs: the prices and quotas no design owns, usable without any design.
@Suite struct SharedCatalogTests {
    @Test func sharedPricesAreSourcedAndUnique() {
        let keys = SharedPrices.facts.map(\.key)
        #expect(Set(keys).count == keys.count)
        for fact in SharedPrices.facts { #expect(!fact.source.isEmpty, "\(fact.key) lacks a source") }
        #expect(SharedPrices.catalog.fact(.hoursPerMonth)?.value == 730)
        #expect(SharedPrices.catalog.fact(PriceKey("nlb_hour")) == nil)
    }

    @Test func aTableReadsAndOverridesByKey() throws {
        var table = PriceTable(catalog: SharedPrices.catalog)
        #expect(table[.interRegionPerGB] == 0.02)
        #expect(table.monthly(hourly: 1) == 730)
        try table.set("inter_region_per_gb", to: 0.08)
        #expect(table[.interRegionPerGB] == 0.08)
        #expect(table.interRegionPerGB(from: "sa-east-1", to: "us-east-1") == 0.08)
        #expect(table != PriceTable(catalog: SharedPrices.catalog))
        let unknown = #expect(throws: PriceError.self) { try table.set("nat_gateway_hours", to: 1) }
        #expect(unknown?.reason == .unknownKey(suggestion: "nat_gateway_hour"))
        #expect(throws: PriceError.self) { try table.set("hours_per_month", to: 0) }   // it divides
        try table.set("nat_gateway_hour", to: 0)
        #expect(table[.natGatewayHour] == 0)
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

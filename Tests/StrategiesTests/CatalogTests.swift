import CloudModel
import Strategies
import Testing

/// The assembled price and quota catalogs: the shared lists of CloudModel followed by each
/// registered design's own, every key once, every figure with its source.
@Suite struct CatalogTests {
    private let prices = DesignRegistry.priceCatalog
    private let quotas = DesignRegistry.quotaCatalog

    @Test func everyAssembledKeyIsUnique() {
        #expect(Set(prices.keys).count == prices.keys.count)
        #expect(Set(quotas.keys).count == quotas.keys.count)
    }

    @Test func everyFigureHasASource() {
        for fact in prices.facts {
            #expect(!fact.source.isEmpty && !fact.asOf.isEmpty && !fact.unit.isEmpty, "\(fact.key) lacks a source")
            #expect(fact.key.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(fact.key) is not snake_case")
        }
        for definition in quotas.definitions {
            #expect(!definition.source.isEmpty && !definition.asOf.isEmpty, "\(definition.key) lacks a source")
        }
    }

    /// Shared first, then each design's list in registry order, nothing else.
    @Test func catalogsAreSharedThenEachDesignInRegistryOrder() {
        #expect(prices.facts == SharedPrices.facts + DesignRegistry.designs.flatMap { $0.prices })
        #expect(quotas.definitions == SharedQuotas.definitions + DesignRegistry.designs.flatMap { $0.quotas })
        #expect(prices.keys.prefix(SharedPrices.facts.count).elementsEqual(SharedPrices.facts.map(\.key)))
    }

    /// Every design's own prices and quotas are in the assembled catalogs, with their values.
    @Test func eachDesignsFiguresAppearInTheCatalogs() {
        for design in DesignRegistry.designs {
            for fact in design.prices { #expect(prices.fact(fact.key) == fact, "\(design.kind): \(fact.key)") }
            for definition in design.quotas {
                #expect(quotas.definition(definition.key) == definition, "\(design.kind): \(definition.key)")
            }
        }
        // Load balancers are shared by every design (`load_balancer`), PrivateLink's NLB too.
        #expect(!PrivateLinkHubStrategy.prices.contains { $0.key == .nlbHour })
        #expect(SharedPrices.facts.contains { $0.key == .nlbHour })
        #expect(prices.fact(.nlbHour)?.value == 0.0225)
        #expect(TransitGatewayStrategy.quotas.contains { $0.key == .tgwAttachmentsPerTGW })
        #expect(quotas.definition(.tgwAttachmentsPerTGW)?.defaultValue == 5_000)
        #expect(PeeringMeshStrategy.quotas.contains { $0.key == .peeringsPerVPC })
        #expect(!SharedQuotas.definitions.contains { $0.key == .peeringsPerVPC })
    }

    /// The shared lists with these designs' own (a design added later brings its own figures,
    /// counted by its tests, so it does not change these totals): 48 prices and 44 quotas, those
    /// before the catalogs were split by design, VPC Lattice's 4 prices and 5 quotas, and subnets
    /// per VPC, IPv4 CIDR blocks per VPC and network interfaces per Region (the quotas that bound a
    /// shared VPC and its participants' accounts); 30 − 1 (no cross-Region PrivateLink charge)
    /// + 12 (one inter-Region rate per built-in source Region) = 41 prices; + 7 for the ALB
    /// (hour, LCU-hour, its four dimensions, the free rules) = 48.
    @Test func catalogSizes() {
        let designs: [any ConnectivityStrategy.Type] = [
            PeeringMeshStrategy.self, PrivateLinkHubStrategy.self, TransitGatewayStrategy.self,
            VPCLatticeStrategy.self, SharedVPCStrategy.self, AsIsStrategy.self,
        ]
        #expect(SharedPrices.facts.count + designs.map { $0.prices.count }.reduce(0, +) == 48)
        #expect(SharedQuotas.definitions.count + designs.map { $0.quotas.count }.reduce(0, +) == 44)
    }

    @Test func anOverrideByScenarioKeyChangesTheValueReadByKey() throws {
        var table = PriceTable.listPrices
        #expect(table[.tgwAttachmentHour] == 0.05)
        try table.set("tgw_attachment_hour", to: 0.07)
        #expect(table[.tgwAttachmentHour] == 0.07)
        #expect(table[.tgwProcessingPerGB] == 0.02)
        #expect(table.monthly(hourly: table[.tgwAttachmentHour]) == 0.07 * 730)

        let set = try QuotaSet(overrides: [QuotaOverride(key: "nlbs_per_region", limit: .limited(10))])
        #expect(QuotaSet.maximum[.nlbsPerRegion] == .limited(50))
        #expect(set[.nlbsPerRegion] == .limited(10))
        #expect(set.overriddenKeys == [.nlbsPerRegion])
    }

    /// A misspelt design key is suggested from the assembled catalog.
    @Test func unknownKeysSuggestTheClosestAssembledKey() {
        var table = PriceTable.listPrices
        let price = #expect(throws: PriceError.self) { try table.set("tgw_attachment_hours", to: 1) }
        #expect(price?.message == "unknown price 'tgw_attachment_hours'; did you mean 'tgw_attachment_hour'?")
        let quota = #expect(throws: QuotaError.self) { try quotas.key(named: "nlb_per_region") }
        #expect(quota?.reason == .unknownKey(suggestion: "nlbs_per_region"))
    }
}

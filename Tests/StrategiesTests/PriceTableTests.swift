import CloudModel
import Strategies
import Testing

@Suite struct PriceTableTests {
    private let prices = PriceTable.listPrices

    @Test func catalogFactsAreSourcedAndInTheTable() {
        for fact in DesignRegistry.priceCatalog.facts {
            #expect(!fact.source.isEmpty && !fact.unit.isEmpty, "\(fact.key) lacks a source or unit")
            #expect(prices[fact.key] == fact.value)
        }
    }

    /// The us-east-1 list prices of aws-facts.md §4.
    static let documented: [(PriceKey, Double)] = [
        (.interfaceEndpointAZHour, 0.01), (.endpointProcessingTier1PerGB, 0.01),
        (.endpointProcessingTier2PerGB, 0.006), (.endpointProcessingTier3PerGB, 0.004),
        (.nlbHour, 0.0225), (.nlcuHour, 0.006), (.albHour, 0.0225), (.lcuHour, 0.008),
        (.tgwAttachmentHour, 0.05), (.tgwProcessingPerGB, 0.02),
        (.peeringCrossAZPerGB, 0.01), (.peeringSameAZPerGB, 0.0), (.peeringConnectionHour, 0.0),
        (.interRegionPerGB, 0.02), (PriceKey.interRegion(from: "us-east-1")!, 0.02), (.interRegionUSEast1USEast2PerGB, 0.01), (.crossAZToEndpointOrTGWPerGB, 0.0),
        (.hoursPerMonth, 730.0),
    ]

    @Test(arguments: documented)
    func listPrices(key: PriceKey, usd: Double) {
        #expect(prices[key] == usd)
    }

    @Test func unconfirmedItemsAreMarked() {
        let unconfirmed = DesignRegistry.priceCatalog.facts.filter { $0.status == .unconfirmed }.map(\.key)
        for key in [PriceKey.crossAZToEndpointOrTGWPerGB, .tgwProcessingFromPeeringPerGB, .lcuFreeRules] {
            #expect(unconfirmed.contains(key), "\(key) should be marked unconfirmed")
        }
        // The NLCU dimensions are AWS's ELB pricing page's (us-east-1), no longer from memory.
        for key in [PriceKey.nlbHour, .nlcuNewConnectionsPerSecond, .nlcuActiveConnections, .nlcuProcessedGBPerHour] {
            #expect(!unconfirmed.contains(key), "\(key)")
        }
    }

    /// AWS's PrivateLink pricing page: "no premium for accessing services in other Regions".
    @Test func noCrossRegionPrivateLinkCharge() {
        #expect(DesignRegistry.priceCatalog.facts.allSatisfy { !$0.key.name.contains("cross_region") })
        // Who pays which direction is stated, and marked as an assumption, in the catalogue.
        let note = DesignRegistry.priceCatalog.fact(.interfaceEndpointAZHour)?.note ?? ""
        #expect(note.contains("⚠ assumption: the sender pays each direction"))
    }

    @Test func monthlyCostUses730Hours() {
        // One interface endpoint in 3 AZs: 0.01 × 3 × 730 = 21.90 USD.
        #expect(abs(prices.monthly(hourly: 3 * prices[.interfaceEndpointAZHour]) - 21.90) < 1e-9)
        // One TGW attachment: 0.05 × 730 = 36.50 USD.
        #expect(abs(prices.monthly(hourly: prices[.tgwAttachmentHour]) - 36.50) < 1e-9)
    }

    /// Tiers of 1 PB and 4 PB (1 PB = 1,048,576 GB), pooled per Region.
    static let tiers: [(Double, Double)] = [
        (0.0, 0.0),
        (1_000.0, 10.0),                                        // all in tier 1
        (2 * 1_048_576.0, 1_048_576 * (0.01 + 0.006)),          // 1 PB at 0.01, 1 PB at 0.006
        (6 * 1_048_576.0, 1_048_576 * (0.01 + 4 * 0.006 + 0.004)),
    ]

    @Test(arguments: tiers)
    func endpointProcessingTiers(gb: Double, usd: Double) {
        #expect(abs(prices.endpointProcessingCost(gigabytesPerMonth: gb) - usd) < 1e-6)
    }

    @Test func nlcuIsTheLargestDimension() {
        #expect(prices.nlcus(newConnectionsPerSecond: 1_600, activeConnections: 50_000, processedGBPerHour: 3) == 3)
        #expect(prices.nlcus(newConnectionsPerSecond: 1_600, activeConnections: 50_000, processedGBPerHour: 0.5) == 2)
        #expect(prices.nlcus(newConnectionsPerSecond: 0, activeConnections: 0, processedGBPerHour: 0) == 0)
    }

    @Test func interRegionRates() {
        #expect(prices.interRegionPerGB(from: "us-east-1", to: "us-east-2") == 0.01)
        #expect(prices.interRegionPerGB(from: "us-east-2", to: "us-east-1") == 0.01)
        #expect(prices.interRegionPerGB(from: "us-east-1", to: "eu-west-1") == 0.02)
        #expect(prices.interRegionPerGB(from: "eu-west-1", to: "eu-west-1") == 0)
        #expect(prices.interRegionPerGB(from: "ap-south-1", to: "us-east-1") == 0.086)
    }

    @Test func overridesByName() throws {
        var table = PriceTable.listPrices
        try table.set("nlb_hour", to: 0.0243)
        #expect(table[.nlbHour] == 0.0243)
        #expect(table != PriceTable.listPrices)
        let unknown = #expect(throws: PriceError.self) { try table.set("nlb_hours", to: 1) }
        #expect(unknown?.message == "unknown price 'nlb_hours'; did you mean 'nlb_hour'?")
        #expect(throws: PriceError.self) { try table.set("nlb_hour", to: -1) }
        #expect(throws: PriceError.self) { try table.set("nlb_hour", to: .infinity) }
        #expect(throws: PriceError.self) { try table.set("hours_per_month", to: 0) }
        try table.set("peering_cross_az_per_gb", to: 0)
        #expect(table[.peeringCrossAZPerGB] == 0)
    }
}

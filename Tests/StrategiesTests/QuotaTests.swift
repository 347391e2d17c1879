import CloudModel
import SimKernel
import Strategies
import Testing

@Suite struct QuotaTests {
    private let catalog = DesignRegistry.quotaCatalog

    @Test func catalogEntriesAreSourcedAndConsistent() {
        for d in catalog.definitions {
            #expect(!d.source.isEmpty && !d.asOf.isEmpty && !d.awsName.isEmpty, "\(d.key) lacks a source")
            #expect(d.key.name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(d.key) is not snake_case")
            if !d.adjustable { #expect(d.maximum == .limited(d.defaultValue), "\(d.key) is fixed") }
            if let max = d.maximum.value { #expect(max >= d.defaultValue) }
        }
    }

    /// (key, AWS default, AWS maximum) as documented in aws-facts.md.
    @Test(arguments: [
        (QuotaKey.peeringsPerVPC, Int64(50), Int64(125)),
        (.pendingPeeringRequests, 25, 25),
        (.routesPerRouteTable, 500, 1_000),
        (.routeTablesPerVPC, 200, 200),
        (.interfaceEndpointsPerVPC, 50, 50),
        (.securityGroupsPerENI, 5, 5),            // maximum preset keeps 5 so that 5 × 200 = 1,000
        (.rulesPerSecurityGroup, 60, 200),
        (.nlbsPerRegion, 50, 50),
        (.targetsPerNLBPerAZ, 500, 500),
        (.tgwAttachmentsPerTGW, 5_000, 5_000),
        (.tgwRoutesPerTGW, 10_000, 10_000),
        (.tgwPeeringAttachmentsPerTGW, 50, 50),
        (.peeringRequestExpiry, 604_800, 604_800),   // 7 d × 86,400 s
    ])
    func presetsGiveTheDocumentedValues(key: QuotaKey, awsDefault: Int64, maximumPreset: Int64) throws {
        #expect(QuotaSet.awsDefaults[key] == .limited(awsDefault))
        #expect(QuotaSet.maximum[key] == .limited(maximumPreset))
        #expect(try QuotaSet(preset: .awsDefaults)[key] == .limited(awsDefault))
    }

    @Test func documentedAdjustability() {
        #expect(!catalog.definition(.tgwAttachmentsPerTGW)!.adjustable)
        #expect(!catalog.definition(.peeringRequestExpiry)!.adjustable)
        #expect(catalog.definition(.peeringsPerVPC)!.adjustable)
        #expect(catalog.definition(.peeringsPerVPC)!.quotaCode == "L-7E9ECCDB")
        #expect(catalog.definition(.peeringsPerVPC)!.maximumIsPublished)
        #expect(!catalog.definition(.routeTablesPerVPC)!.maximumIsPublished)
        #expect(catalog.definition(.securityGroupsPerENI)!.maximum == .limited(16))
    }

    @Test func expiryIsSevenDaysOfSimulatedTime() {
        #expect(QuotaSet.maximum.duration(.peeringRequestExpiry) == SimTime(nanoseconds: 7 * 86_400 * 1_000_000_000))
    }

    @Test func overridesReplaceSingleValues() throws {
        let set = try QuotaSet(preset: .awsDefaults, overrides: [
            QuotaOverride(key: "peerings_per_vpc", limit: .limited(125)),
            QuotaOverride(key: "routes_per_route_table", limit: .unlimited),
        ])
        #expect(set[.peeringsPerVPC] == .limited(125))
        #expect(set[.routesPerRouteTable] == .unlimited)
        #expect(set[.interfaceEndpointsPerVPC] == .limited(50))
        #expect(set.permits(.routesPerRouteTable, count: 10_000_000))
        #expect(set.permits(.peeringsPerVPC, count: 125) && !set.permits(.peeringsPerVPC, count: 126))
        #expect(set.overriddenKeys == [.peeringsPerVPC, .routesPerRouteTable])
        #expect(set.whatIfNotes == ["routes_per_route_table is unlimited (what-if: AWS has no unlimited quotas)"])
    }

    @Test func unknownKeyNamesTheClosestValidKey() {
        let error = #expect(throws: QuotaError.self) {
            try QuotaSet(overrides: [QuotaOverride(key: "peering_per_vpc", limit: .limited(10))])
        }
        #expect(error?.reason == .unknownKey(suggestion: "peerings_per_vpc"))
        #expect(error?.message == "unknown quota 'peering_per_vpc'; did you mean 'peerings_per_vpc'?")
        let route = #expect(throws: QuotaError.self) { try catalog.key(named: "routes_per_table") }
        #expect(route?.reason == .unknownKey(suggestion: "routes_per_route_table"))
        let preset = #expect(throws: QuotaError.self) { try QuotaPreset(parsing: "aws-default") }
        #expect(preset?.reason == .unknownPreset(suggestion: "aws-defaults"))
    }

    @Test func badOverridesAreRejected() {
        #expect(throws: QuotaError(subject: "peerings_per_vpc", reason: .negativeValue(-1))) {
            try QuotaSet(overrides: [QuotaOverride(key: "peerings_per_vpc", limit: .limited(-1))])
        }
        #expect(throws: QuotaError(subject: "peerings_per_vpc", reason: .duplicateKey)) {
            try QuotaSet(overrides: [QuotaOverride(key: "peerings_per_vpc", limit: .limited(1)),
                                     QuotaOverride(key: "peerings_per_vpc", limit: .limited(2))])
        }
    }

    @Test func valuesBeyondAWSAreNotedAsWhatIf() throws {
        let set = try QuotaSet(overrides: [
            QuotaOverride(key: "peerings_per_vpc", limit: .limited(200)),
            QuotaOverride(key: "tgw_attachments_per_tgw", limit: .limited(6_000)),
            QuotaOverride(key: "interface_endpoints_per_vpc", limit: .limited(100)),
            QuotaOverride(key: "routes_per_route_table", limit: .limited(1_000)),
        ])
        #expect(set.whatIfNotes == [
            "peerings_per_vpc = 200 is above AWS's maximum of 125",
            "interface_endpoints_per_vpc = 100 is above AWS's default (no published maximum) of 50",
            "tgw_attachments_per_tgw = 6000 but AWS fixes it at 5000 (not adjustable)",
        ])
    }

    /// Under `maximum`, the unset member of the pair takes floor(1,000 / other), capped at its maximum.
    @Test(arguments: [
        (Int64?.none, Int64?.none, Int64(200), Int64(5)),
        (nil, 16, 62, 16),        // floor(1000/16) = 62
        (nil, 1, 1_000, 1),       // rules capped at their own maximum of 1,000
        (100, nil, 100, 10),
        (60, nil, 60, 16),        // floor(1000/60) = 16, also the SG maximum
        (1_000, nil, 1_000, 1),
    ])
    func securityGroupProductRule(rules: Int64?, groups: Int64?, expectedRules: Int64, expectedGroups: Int64) throws {
        var overrides: [QuotaOverride] = []
        if let rules { overrides.append(QuotaOverride(key: "rules_per_security_group", limit: .limited(rules))) }
        if let groups { overrides.append(QuotaOverride(key: "security_groups_per_eni", limit: .limited(groups))) }
        let set = try QuotaSet(preset: .maximum, overrides: overrides)
        #expect(set[.rulesPerSecurityGroup] == .limited(expectedRules))
        #expect(set[.securityGroupsPerENI] == .limited(expectedGroups))
        #expect(expectedRules * expectedGroups <= QuotaCatalog.securityGroupRuleProductLimit)
        #expect(set.whatIfNotes.isEmpty)
    }

    @Test func brokenProductRuleIsNoted() throws {
        let set = try QuotaSet(preset: .awsDefaults, overrides: [
            QuotaOverride(key: "rules_per_security_group", limit: .limited(200)),
            QuotaOverride(key: "security_groups_per_eni", limit: .limited(16)),
        ])
        #expect(set.whatIfNotes.last?.contains("200 × 16 = 3200 exceeds AWS's limit of 1000") == true)
    }

    @Test func quotaLimitArithmetic() {
        #expect(QuotaLimit.limited(500).headroom(after: 499) == 1)
        #expect(QuotaLimit.limited(500).headroom(after: 600) == 0)
        #expect(QuotaLimit.unlimited.headroom(after: 600) == nil)
        #expect(QuotaLimit.limited(0).permits(0) && !QuotaLimit.limited(0).permits(1))
    }
}

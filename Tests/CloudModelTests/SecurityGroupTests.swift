import Testing
@testable import CloudModel

@Suite struct SecurityGroupTests {
    private func cidrRule(_ direction: SecurityGroupRule.Direction, _ text: String) -> SecurityGroupRule {
        SecurityGroupRule(direction, peer: .cidr(CIDRBlock(text)!), ports: 443...443)
    }

    /// 60 rules per direction and family at the default; each of the four counts is independent.
    @Test func ruleQuotaPerDirectionAndFamily() throws {
        var sg = SecurityGroup(id: SecurityGroupID(1), vpc: VPCID(1))
        let limit = try QuotaSet(catalog: SharedQuotas.catalog, preset: .awsDefaults)[.rulesPerSecurityGroup]
        #expect(limit == .limited(60))
        for i in 0..<60 {
            try sg.add(cidrRule(.inbound, "10.\(i).0.0/16"), limit: limit)
            try sg.add(cidrRule(.outbound, "10.\(i).0.0/16"), limit: limit)
            try sg.add(cidrRule(.inbound, "2600:\(String(i, radix: 16))::/32"), limit: limit)
        }
        #expect(sg.inboundCount == FamilyCount(ipv4: 60, ipv6: 60))
        #expect(sg.outboundCount == FamilyCount(ipv4: 60, ipv6: 0))
        #expect(throws: SecurityGroupError(group: SecurityGroupID(1),
                                           reason: .quotaExceeded(direction: .inbound, family: .ipv4, limit: 60))) {
            try sg.add(cidrRule(.inbound, "11.0.0.0/16"), limit: limit)
        }
        try sg.add(cidrRule(.outbound, "2600:ff::/32"), limit: limit)
        #expect(sg.rules.count == 181)
    }

    @Test func referencesAndPrefixListsWeighAsDocumented() throws {
        var sg = SecurityGroup(id: SecurityGroupID(2), vpc: VPCID(2))
        let list = SecurityGroupRule(.inbound, peer: .prefixList(PrefixListID(1), family: .ipv4, maxEntries: 50))
        try sg.add(list, limit: .limited(60))
        #expect(sg.inboundCount == FamilyCount(ipv4: 50, ipv6: 0))
        let reference = SecurityGroupRule(.inbound, peer: .securityGroup(SecurityGroupID(9)))
        try sg.add(reference, limit: .limited(60))
        #expect(sg.inboundCount == FamilyCount(ipv4: 51, ipv6: 1))
        let bigList = SecurityGroupRule(.inbound, peer: .prefixList(PrefixListID(2), family: .ipv4, maxEntries: 10))
        #expect(throws: SecurityGroupError.self) { try sg.add(bigList, limit: .limited(60)) }
        #expect(throws: SecurityGroupError(group: SecurityGroupID(2), reason: .duplicateRule)) {
            try sg.add(reference, limit: .limited(60))
        }
    }
}

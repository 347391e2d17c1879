import SimKernel
import Testing
@testable import CloudModel

@Suite struct RouteTableTests {
    private func block(_ text: String) -> CIDRBlock { CIDRBlock(text)! }
    private func table(_ locals: [String] = ["10.0.0.0/16", "2600:1f18::/56"]) -> RouteTable {
        RouteTable(vpc: VPCID(1), index: 0, localBlocks: locals.map(block))
    }

    @Test func longestPrefixWins() throws {
        var t = table()
        try t.add(block("10.0.0.0/8"), target: .transitGateway(TransitGatewayID(1)), limit: .limited(500))
        try t.add(block("10.2.0.0/16"), target: .peering(PeeringConnectionID(2)), limit: .limited(500))
        try t.add(block("10.2.3.0/24"), target: .peering(PeeringConnectionID(3)), limit: .limited(500))
        try t.add(block("2600:1f18:100::/48"), target: .peering(PeeringConnectionID(4)), limit: .limited(500))
        #expect(t.lookup(IPAddress("10.2.3.4")!)?.target == .peering(PeeringConnectionID(3)))
        #expect(t.lookup(IPAddress("10.2.4.4")!)?.target == .peering(PeeringConnectionID(2)))
        #expect(t.lookup(IPAddress("10.9.0.1")!)?.target == .transitGateway(TransitGatewayID(1)))
        #expect(t.lookup(IPAddress("10.0.5.5")!)?.target == .local)            // /16 local beats /8
        #expect(t.lookup(IPAddress("10.0.5.5")!)?.destination == block("10.0.0.0/16"))
        #expect(t.lookup(IPAddress("192.168.0.1")!) == nil)
        #expect(t.lookup(IPAddress("2600:1f18:100:1::1")!)?.target == .peering(PeeringConnectionID(4)))
        #expect(t.lookup(IPAddress("2600:1f18:0:1::1")!)?.target == .local)
        #expect(t.lookup(IPAddress("2600:1f19::1")!) == nil)
    }

    /// At the default of 500, the 500th route of a family fits and the 501st fails; the other
    /// family is counted independently and local routes do not count.
    @Test func routeQuotaIsPerFamily() throws {
        var t = table()
        let limit = try QuotaSet(catalog: SharedQuotas.catalog, preset: .awsDefaults)[.routesPerRouteTable]
        #expect(limit == .limited(500))
        for i in 0..<500 {
            try t.add(.ipv4(IPv4Block.enclosing(IPv4Address(UInt32(11 << 24) + UInt32(i) << 8), prefixLength: 24)),
                      target: .peering(PeeringConnectionID(UInt32(i))), limit: limit)
        }
        #expect(t.staticRouteCount == FamilyCount(ipv4: 500, ipv6: 0))
        let error = #expect(throws: RouteTableError.self) {
            try t.add(block("12.0.0.0/24"), target: .peering(PeeringConnectionID(999)), limit: limit)
        }
        #expect(error?.reason == .quotaExceeded(family: .ipv4, limit: 500))
        #expect(t.staticRouteCount.ipv4 == 500)
        for i in 0..<500 {
            try t.add(.ipv6(IPv6Block.enclosing(IPv6Address(high: 0x2a00_0000_0000_0000 + UInt64(i) << 16, low: 0),
                                                prefixLength: 48)),
                      target: .peering(PeeringConnectionID(UInt32(i))), limit: limit)
        }
        #expect(throws: RouteTableError(destination: block("2a01::/48"), reason: .quotaExceeded(family: .ipv6, limit: 500))) {
            try t.add(block("2a01::/48"), target: .blackhole, limit: limit)
        }
        #expect(t.staticRouteCount == FamilyCount(ipv4: 500, ipv6: 500))
        #expect(t.routes.count == 1_002)   // plus one local route per family
        // At the maximum preset the same table still has room.
        try t.add(block("12.0.0.0/24"), target: .blackhole, quotas: try QuotaSet(catalog: SharedQuotas.catalog, preset: .maximum))
    }

    @Test func duplicatesAndLocalRoutesAreRefused() throws {
        var t = table()
        let pcx = RouteTarget.peering(PeeringConnectionID(7))
        try t.add(block("10.1.0.0/16"), target: pcx, limit: .unlimited)
        #expect(throws: RouteTableError(destination: block("10.1.0.0/16"), reason: .duplicateDestination(existing: pcx))) {
            try t.add(block("10.1.0.0/16"), target: .blackhole, limit: .unlimited)
        }
        #expect(throws: RouteTableError(destination: block("10.0.0.0/16"), reason: .localRouteImmutable)) {
            try t.add(block("10.0.0.0/16"), target: pcx, limit: .unlimited)
        }
        #expect(throws: RouteTableError(destination: block("10.0.0.0/16"), reason: .localRouteImmutable)) {
            try t.remove(block("10.0.0.0/16"))
        }
        #expect(throws: RouteTableError(destination: block("10.9.0.0/16"), reason: .localRouteImmutable)) {
            try t.add(block("10.9.0.0/16"), target: .local, limit: .unlimited)
        }
        #expect(throws: RouteTableError(destination: block("10.9.0.0/16"), reason: .noSuchRoute)) {
            try t.remove(block("10.9.0.0/16"))
        }
    }

    @Test func removeAndReplaceKeepLookupsRight() throws {
        var t = table(["10.0.0.0/16"])
        try t.add(block("10.1.0.0/16"), target: .peering(PeeringConnectionID(1)), limit: .unlimited)
        try t.add(block("10.1.2.0/24"), target: .peering(PeeringConnectionID(2)), limit: .unlimited)
        try t.replace(block("10.1.0.0/16"), target: .blackhole)
        #expect(t.lookup(IPAddress("10.1.9.9")!)?.target == .blackhole)
        #expect(try t.remove(block("10.1.2.0/24")) == .peering(PeeringConnectionID(2)))
        #expect(t.lookup(IPAddress("10.1.2.3")!)?.target == .blackhole)
        #expect(try t.remove(block("10.1.0.0/16")) == .blackhole)
        #expect(t.lookup(IPAddress("10.1.2.3")!) == nil)
        #expect(t.staticRouteCount == .zero)
        #expect(t == table(["10.0.0.0/16"]))
    }

    /// Longest-prefix match must agree with a linear scan that keeps the longest containing
    /// block, over random tables with many prefix lengths, random additions and removals.
    @Test func lookupAgreesWithLinearScan() throws {
        let stream = RandomStream(runSeed: 3, purpose: "lpm-check")
        var t = table(["10.0.0.0/16"])
        var reference: [(IPv4Block, RouteTarget)] = [(IPv4Block("10.0.0.0/16")!, .local)]
        for i in 0..<600 {
            let length = 8 + stream.integer(below: 25)               // /8 … /32
            let address = IPv4Address(UInt32(10 << 24) | UInt32(stream.integer(below: 1 << 20)) << 4)
            let b = IPv4Block.enclosing(address, prefixLength: length)
            if reference.contains(where: { $0.0 == b }) {
                if b != IPv4Block("10.0.0.0/16")!, stream.bernoulli(0.5) {
                    try t.remove(.ipv4(b))
                    reference.removeAll { $0.0 == b }
                }
                continue
            }
            let target = RouteTarget.peering(PeeringConnectionID(UInt32(i)))
            try t.add(.ipv4(b), target: target, limit: .unlimited)
            reference.append((b, target))
        }
        for _ in 0..<3_000 {
            let a = IPv4Address(UInt32(10 << 24) | UInt32(stream.integer(below: 1 << 24)))
            let expected = reference.filter { $0.0.contains(a) }.max { $0.0.prefixLength < $1.0.prefixLength }
            let found = t.lookup(a)
            #expect(found?.target == expected?.1)
            #expect(found?.destination == expected.map { .ipv4($0.0) })
        }
        #expect(t.staticRouteCount.ipv4 == reference.count - 1)
    }

    @Test func routeCountsWithoutMaterialising() {
        let peers = ["10.1.0.0/16", "10.2.0.0/16", "100.64.0.0/16", "2600:1f18:100::/56"].map(block)
        let needed = FamilyCount.needed(toReach: peers)
        #expect(needed == FamilyCount(ipv4: 3, ipv6: 1))
        // A full mesh of n VPCs with k IPv4 CIDRs each needs (n − 1)·k routes per table.
        let perPeer = FamilyCount(ipv4: 2, ipv6: 0)
        #expect((perPeer * 249).fits(.limited(500)) == true)     // 498
        #expect((perPeer * 251).fits(.limited(500)) == false)    // 502
        #expect((perPeer * 251).familiesOver(.limited(500)) == [.ipv4])
    }
}

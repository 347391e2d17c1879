import Testing
@testable import CloudModel

@Suite struct CIDRSetOperationTests {
    private func block(_ text: String) -> CIDRBlock { CIDRBlock(text)! }

    /// Hand-made truth table: (a, b, a contains b, b contains a, overlap).
    @Test(arguments: [
        ("10.0.0.0/16", "10.0.0.0/16", true, true, true),
        ("10.0.0.0/16", "10.0.128.0/17", true, false, true),
        ("10.0.0.0/16", "10.1.0.0/16", false, false, false),
        ("10.0.0.0/8", "10.255.255.255/32", true, false, true),
        ("10.0.0.0/15", "10.1.0.0/16", true, false, true),
        ("10.0.0.0/16", "10.0.0.0/15", false, true, true),
        ("0.0.0.0/0", "192.168.1.0/24", true, false, true),
        ("172.16.0.0/12", "172.32.0.0/16", false, false, false),
        ("2600:1f18::/56", "2600:1f18:0:ff::/64", true, false, true),
        ("2600:1f18::/56", "2600:1f18:0:100::/64", false, false, false),
        ("2600:1f18::/56", "2600:1f18::/48", false, true, true),
        ("::/0", "2001:db8::1/128", true, false, true),
        ("2001:db8::/64", "2001:db8:0:0:8000::/65", true, false, true),
        ("2001:db8::/64", "2001:db8:0:1::/64", false, false, false),
        ("10.0.0.0/8", "::/0", false, false, false),                  // families never overlap
        ("::/0", "0.0.0.0/0", false, false, false),
    ])
    func containmentAndOverlap(a: String, b: String, aContainsB: Bool, bContainsA: Bool, overlap: Bool) {
        let x = block(a), y = block(b)
        #expect(x.contains(y) == aContainsB)
        #expect(y.contains(x) == bContainsA)
        #expect(x.overlaps(y) == overlap)
        #expect(y.overlaps(x) == overlap)
    }

    @Test func addressContainmentAtTheEdges() throws {
        let b = block("10.1.0.0/16")
        #expect(b.contains(IPAddress("10.1.0.0")!))
        #expect(b.contains(IPAddress("10.1.255.255")!))
        #expect(!b.contains(IPAddress("10.2.0.0")!))
        #expect(!b.contains(IPAddress("10.0.255.255")!))
        #expect(!b.contains(IPAddress("::a01:0")!))
        let v6 = block("2600:1f18::/56")
        #expect(v6.contains(IPAddress("2600:1f18:0:ff:ffff:ffff:ffff:ffff")!))
        #expect(!v6.contains(IPAddress("2600:1f18:0:100::")!))
        #expect(try IPv6Block(parsing: "2600:1f18::/56").lastAddress.description == "2600:1f18:0:ff:ffff:ffff:ffff:ffff")
    }

    /// Overlap by masks must agree with overlap of the address intervals [first, last],
    /// computed independently with plain integer arithmetic, for every pair of blocks of
    /// length 26…30 inside 10.0.0.0/24.
    @Test func overlapAgreesWithIntervalIntersection() throws {
        var blocks: [(IPv4Block, UInt32, UInt32)] = []
        for length in 26...30 {
            let size = UInt32(1) << UInt32(32 - length)
            var start: UInt32 = 10 << 24
            while start < 10 << 24 + 256 {
                let b = try IPv4Block(network: IPv4Address(start), prefixLength: length)
                blocks.append((b, start, start + size - 1))
                start += size
            }
        }
        var pairs = 0
        for (a, aFirst, aLast) in blocks {
            for (b, bFirst, bLast) in blocks {
                #expect(a.overlaps(b) == (aFirst <= bLast && bFirst <= aLast))
                #expect(a.contains(b) == (aFirst <= bFirst && bLast <= aLast))
                pairs += 1
            }
        }
        #expect(pairs == (4 + 8 + 16 + 32 + 64) * (4 + 8 + 16 + 32 + 64))
    }

    @Test func subblocksTileTheParent() throws {
        let pool = try IPv4Block(parsing: "10.64.0.0/10")
        #expect(pool.subblockCount(prefixLength: 16) == 64)
        #expect(pool.subblock(0, prefixLength: 16)?.description == "10.64.0.0/16")
        #expect(pool.subblock(63, prefixLength: 16)?.description == "10.127.0.0/16")
        #expect(pool.subblock(64, prefixLength: 16) == nil)
        let v6 = try IPv6Block(parsing: "2600:1f18::/40")
        #expect(v6.subblockCount(prefixLength: 56) == 65_536)
        #expect(v6.subblock(1, prefixLength: 56)?.description == "2600:1f18:0:100::/56")
        #expect(v6.subblock(65_535, prefixLength: 56)?.description == "2600:1f18:ff:ff00::/56")
        // A 64-bit boundary crossing: the second /64 of ::/63, and the carry into the high half.
        #expect(try IPv6Block(parsing: "::/63").subblock(1, prefixLength: 64)?.description == "0:0:0:1::/64")
        #expect(try IPv6Block(parsing: "::/0").subblockCount(prefixLength: 64) == UInt64.max)
        #expect(try IPv6Block(parsing: "::/64").subblock(3, prefixLength: 66)?.description == "::c000:0:0:0/66")
    }

    @Test func ordering() {
        let sorted = ["2600::/16", "10.1.0.0/16", "10.0.0.0/16", "10.0.0.0/8"].map(block).sorted()
        #expect(sorted.map(\.description) == ["10.0.0.0/8", "10.0.0.0/16", "10.1.0.0/16", "2600::/16"])
    }
}

@Suite struct AddressArithmeticTests {
    @Test func advancingStopsAtTheEndOfTheAddressSpace() {
        #expect(IPv4Address(255, 255, 0, 0).advanced(byBlocks: 1, ofPrefix: 16) == nil)
        #expect(IPv4Address(255, 254, 0, 0).advanced(byBlocks: 1, ofPrefix: 16) == IPv4Address(255, 255, 0, 0))
        #expect(IPv4Address(0).advanced(byBlocks: 1, ofPrefix: 40) == nil)
        let last = IPv6Address(high: .max, low: .max)
        #expect(last.advanced(byBlocks: 1, ofPrefix: 128) == nil)
        #expect(IPv6Address(high: 0, low: .max).advanced(byBlocks: 1, ofPrefix: 128) == IPv6Address(high: 1, low: 0))
        #expect(IPv6Address.zero.advanced(byBlocks: 1, ofPrefix: 129) == nil)
    }
}

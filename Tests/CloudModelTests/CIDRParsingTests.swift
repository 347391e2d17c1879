import Testing
@testable import CloudModel

@Suite struct CIDRParsingTests {
    @Test(arguments: [
        "10.1.0.0/16", "0.0.0.0/0", "255.255.255.255/32", "192.168.4.0/22", "10.64.0.0/10",
        "2600:1f18::/56", "::/0", "2001:db8::1/128", "fe80::/10", "2001:db8:0:1:1:1:1:1/128",
    ])
    func canonicalTextRoundTrips(text: String) throws {
        let block = try CIDRBlock(parsing: text)
        #expect(block.description == text)
        #expect(try CIDRBlock(parsing: block.description) == block)
    }

    @Test func ipv4ValueMatchesDottedQuad() throws {
        // 10.1.2.3 = 10·2^24 + 1·2^16 + 2·2^8 + 3
        #expect(try IPv4Address(parsing: "10.1.2.3").value == 10 << 24 + 1 << 16 + 2 << 8 + 3)
        #expect(try IPv4Block(parsing: "10.64.0.0/10").prefixLength == 10)
        #expect(try IPv4Block(parsing: "10.1.0.0/16").addressCount == 65_536)
    }

    /// RFC 5952 §4 examples of the canonical form.
    @Test(arguments: [
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),          // tie: the first run is compressed
        ("2001:0:0:1:0:0:0:1", "2001:0:0:1::1"),                // the longest run is compressed
        ("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),       // a single zero group is not
        ("2001:DB8::AbCd", "2001:db8::abcd"),                   // lower case
        ("0:0:0:0:0:0:0:0", "::"),
        ("1:0:0:0:0:0:0:0", "1::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("::ffff:10.0.0.1", "::ffff:a00:1"),                    // embedded dotted quad
    ])
    func ipv6CanonicalForm(input: String, canonical: String) throws {
        #expect(try IPv6Address(parsing: input).description == canonical)
    }

    @Test func ipv6GroupsMatchTheText() throws {
        let a = try IPv6Address(parsing: "2600:1f18:0:1::abcd")
        #expect(a.groups == [0x2600, 0x1f18, 0, 1, 0, 0, 0, 0xabcd])
        #expect(a.high == 0x2600_1f18_0000_0001 && a.low == 0xabcd)
    }

    @Test func hostBitsSetNamesTheCanonicalNetwork() {
        #expect(throws: CIDRError(input: "10.1.2.0/16", reason: .hostBitsSet(canonical: "10.1.0.0/16"))) {
            try CIDRBlock(parsing: "10.1.2.0/16")
        }
        let error = #expect(throws: CIDRError.self) { try CIDRBlock(parsing: "10.1.2.0/16") }
        #expect(error?.message == "10.1.2.0/16 has host bits set; did you mean 10.1.0.0/16?")
        let v6 = #expect(throws: CIDRError.self) { try CIDRBlock(parsing: "2600:1f18::1/56") }
        #expect(v6?.message == "2600:1f18::1/56 has host bits set; did you mean 2600:1f18::/56?")
    }

    @Test(arguments: [
        ("", "expected a CIDR block"),
        ("10.1.0.0", "has no prefix length; expected address/prefix"),
        ("10.1.0.0/33", "prefix length 33 is out of range; expected 0…32 for IPv4"),
        ("2600::/129", "prefix length 129 is out of range; expected 0…128 for IPv6"),
        ("10.1.0.0/x6", "prefix length 'x6' is not a whole number"),
        ("10.1.0.0/16/2", "is not a whole number"),
        ("10.1.0/16", "four numbers 0–255 separated by dots (found 3 parts)"),
        ("10.1.0.256/32", "octet 256 is greater than 255"),
        ("10.01.0.0/16", "leading zero"),
        ("10..0.0/16", "an octet is empty"),
        ("1::2::3/64", "'::' appears more than once"),
        ("2001:db8:g::/32", "'g' is not a group of 1–4 hex digits"),
        ("2001:db8::12345/128", "'12345' is not a group of 1–4 hex digits"),
        ("1:2:3:4:5:6:7/64", "found 7 groups without '::'; eight are needed"),
        ("1:2:3:4::5:6:7:8/64", "'::' must stand for at least one zero group"),
        ("1:2:3:4:5:6:7:/64", "an empty group"),
    ])
    func badInputIsRejectedWithAnExplanation(input: String, fragment: String) {
        let error = #expect(throws: CIDRError.self) { try CIDRBlock(parsing: input) }
        #expect(error?.message.contains(fragment) == true, "message was: \(error?.message ?? "none")")
    }

    @Test func familySpecificParsersRefuseTheOtherFamily() {
        #expect(throws: CIDRError(input: "2600::/56", reason: .wrongFamily(expected: .ipv4))) {
            try IPv4Block(parsing: "2600::/56")
        }
        #expect(throws: CIDRError(input: "10.0.0.0/8", reason: .wrongFamily(expected: .ipv6))) {
            try IPv6Block(parsing: "10.0.0.0/8")
        }
    }

    @Test func addressParsingOfBothFamilies() throws {
        #expect(try IPAddress(parsing: "10.0.0.1") == .ipv4(IPv4Address(10, 0, 0, 1)))
        #expect(try IPAddress(parsing: "::1") == .ipv6(IPv6Address(high: 0, low: 1)))
        #expect(IPAddress("10.0.0") == nil)
        #expect(IPAddress("::1::") == nil)
    }

    @Test func blocksBuiltFromPartsAreChecked() throws {
        #expect(try IPv4Block(network: IPv4Address(10, 1, 0, 0), prefixLength: 16).description == "10.1.0.0/16")
        #expect(throws: CIDRError.self) { try IPv4Block(network: IPv4Address(10, 1, 0, 0), prefixLength: 40) }
        #expect(throws: CIDRError.self) { try IPv4Block(network: IPv4Address(10, 1, 0, 1), prefixLength: 16) }
        #expect(IPv4Block.enclosing(IPv4Address(10, 1, 2, 3), prefixLength: 16).description == "10.1.0.0/16")
    }
}

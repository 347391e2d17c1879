/// An IPv6 address as a 128-bit integer held in two 64-bit halves.
///
/// Two `UInt64`s rather than the standard library's `UInt128`, which needs macOS 15 while the
/// package supports macOS 13. Only the few operations CIDR arithmetic needs are provided.
public struct IPv6Address: IPAddressProtocol {
    /// The most significant 64 bits (the first four groups).
    public var high: UInt64
    /// The least significant 64 bits (the last four groups).
    public var low: UInt64

    /// The address from its two 64-bit halves.
    @inlinable public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The address made of eight 16-bit groups, most significant first.
    public init(groups: [UInt16]) {
        var h: UInt64 = 0, l: UInt64 = 0
        for (i, g) in groups.prefix(8).enumerated() {
            if i < 4 { h |= UInt64(g) << UInt64(48 - 16 * i) } else { l |= UInt64(g) << UInt64(48 - 16 * (i - 4)) }
        }
        self.init(high: h, low: l)
    }

    /// IPv6.
    public static let family = AddressFamily.ipv6
    /// `::`.
    public static let zero = IPv6Address(high: 0, low: 0)

    /// The eight 16-bit groups, most significant first.
    public var groups: [UInt16] {
        (0..<8).map { i in
            let half = i < 4 ? high : low
            return UInt16(truncatingIfNeeded: half >> UInt64(48 - 16 * (i % 4)))
        }
    }

    @inlinable public static func < (a: IPv6Address, b: IPv6Address) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }

    /// Mask of the first `bits` bits of a 64-bit half (0 → none, 64 → all).
    @inlinable static func halfMask(_ bits: Int) -> UInt64 {
        bits <= 0 ? 0 : (bits >= 64 ? UInt64.max : UInt64.max << UInt64(64 - bits))
    }

    /// The address with the bits after `prefixLength` cleared.
    @inlinable public func masked(toPrefix prefixLength: Int) -> IPv6Address {
        IPv6Address(high: high & IPv6Address.halfMask(prefixLength),
                    low: low & IPv6Address.halfMask(prefixLength - 64))
    }

    /// The address with the bits after `prefixLength` set.
    @inlinable public func filled(fromPrefix prefixLength: Int) -> IPv6Address {
        IPv6Address(high: high | ~IPv6Address.halfMask(prefixLength),
                    low: low | ~IPv6Address.halfMask(prefixLength - 64))
    }

    /// `index` blocks of `/prefixLength` further on; nil past the last address or for a prefix outside 0…128.
    public func advanced(byBlocks index: UInt64, ofPrefix prefixLength: Int) -> IPv6Address? {
        guard (0...128).contains(prefixLength) else { return nil }
        let shift = 128 - prefixLength                   // 0...128
        var addHigh: UInt64 = 0, addLow: UInt64 = 0
        if index != 0 {
            if shift >= 128 { return nil }
            if shift >= 64 {
                let s = UInt64(shift - 64)
                addHigh = index << s
                guard addHigh >> s == index else { return nil }
            } else {
                addLow = index << UInt64(shift)
                addHigh = shift == 0 ? 0 : index >> UInt64(64 - shift)
            }
        }
        let (l, carry) = low.addingReportingOverflow(addLow)
        let (h1, o1) = high.addingReportingOverflow(addHigh)
        let (h2, o2) = h1.addingReportingOverflow(carry ? 1 : 0)
        guard !o1, !o2 else { return nil }
        return IPv6Address(high: h2, low: l)
    }

    /// RFC 5952 canonical text: lower-case hex, no leading zeros, the longest run of two or
    /// more zero groups (the first such run on a tie) written as `::`.
    public var description: String {
        let g = groups
        var bestStart = -1, bestLength = 0, runStart = -1
        for i in 0...8 {
            if i < 8 && g[i] == 0 {
                if runStart < 0 { runStart = i }
            } else if runStart >= 0 {
                let length = i - runStart
                if length > bestLength { bestStart = runStart; bestLength = length }
                runStart = -1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            range.map { String(g[$0], radix: 16) }.joined(separator: ":")
        }
        guard bestLength >= 2 else { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}

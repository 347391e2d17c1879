/// An IPv4 address as a 32-bit integer (network byte order as a number: 10.0.0.1 is 0x0A000001).
public struct IPv4Address: IPAddressProtocol {
    /// The address as an unsigned 32-bit number.
    public var value: UInt32

    /// The address with this 32-bit value.
    @inlinable public init(_ value: UInt32) { self.value = value }

    /// The address a.b.c.d.
    @inlinable public init(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) {
        value = UInt32(a) << 24 | UInt32(b) << 16 | UInt32(c) << 8 | UInt32(d)
    }

    /// IPv4.
    public static let family = AddressFamily.ipv4
    /// 0.0.0.0.
    public static let zero = IPv4Address(0)

    @inlinable public static func < (a: IPv4Address, b: IPv4Address) -> Bool { a.value < b.value }

    /// The netmask of a prefix length: 0 → 0.0.0.0, 16 → 255.255.0.0, 32 → 255.255.255.255.
    @inlinable public static func mask(prefixLength: Int) -> UInt32 {
        prefixLength <= 0 ? 0 : UInt32.max << UInt32(32 - min(prefixLength, 32))
    }

    /// The address with the bits after `prefixLength` cleared.
    @inlinable public func masked(toPrefix prefixLength: Int) -> IPv4Address {
        IPv4Address(value & IPv4Address.mask(prefixLength: prefixLength))
    }

    /// The address with the bits after `prefixLength` set.
    @inlinable public func filled(fromPrefix prefixLength: Int) -> IPv4Address {
        IPv4Address(value | ~IPv4Address.mask(prefixLength: prefixLength))
    }

    /// `index` blocks of `/prefixLength` further on; nil past 255.255.255.255 or for a prefix outside 0…32.
    public func advanced(byBlocks index: UInt64, ofPrefix prefixLength: Int) -> IPv4Address? {
        guard (0...32).contains(prefixLength) else { return nil }
        let step = UInt64(1) << UInt64(32 - prefixLength)
        let (offset, overflow) = index.multipliedReportingOverflow(by: step)
        guard !overflow else { return nil }
        let sum = UInt64(value) + offset
        guard offset <= UInt64(UInt32.max), sum <= UInt64(UInt32.max) else { return nil }
        return IPv4Address(UInt32(sum))
    }

    /// Dotted-quad form, e.g. `10.1.0.0`.
    public var description: String {
        "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
    }
}

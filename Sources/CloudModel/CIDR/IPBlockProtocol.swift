/// A CIDR block of one address family: a network address and a prefix length, with no
/// host bits set. The set-like operations (containment, overlap, subdivision) are written
/// once here for both families.
public protocol IPBlockProtocol: Hashable, Comparable, Sendable, CustomStringConvertible {
    associatedtype Address: IPAddressProtocol
    /// The first address of the block (host bits all zero).
    var network: Address { get }
    /// The number of leading bits fixed by the block, 0…32 or 0…128.
    var prefixLength: Int { get }
    /// A block from parts already known to be valid (prefix in range, no host bits set).
    init(uncheckedNetwork network: Address, prefixLength: Int)
}

extension IPBlockProtocol {
    /// The address width of the family, 32 or 128.
    @inlinable public static var addressBits: Int { Address.family.bitWidth }

    /// A block from a network address and a prefix length, refusing a prefix out of range
    /// and an address with host bits set (the error names the block that was probably meant).
    public init(network: Address, prefixLength: Int) throws(CIDRError) {
        let family = Address.family
        let input = "\(network)/\(prefixLength)"
        guard (0...family.bitWidth).contains(prefixLength) else {
            throw CIDRError(input: input, reason: .prefixLengthOutOfRange(prefixLength, family: family))
        }
        let canonical = network.masked(toPrefix: prefixLength)
        guard canonical == network else {
            throw CIDRError(input: input, reason: .hostBitsSet(canonical: "\(canonical)/\(prefixLength)"))
        }
        self.init(uncheckedNetwork: network, prefixLength: prefixLength)
    }

    /// The block of length `prefixLength` that contains `address` (host bits cleared).
    public static func enclosing(_ address: Address, prefixLength: Int) -> Self {
        let length = min(max(prefixLength, 0), Address.family.bitWidth)
        return Self(uncheckedNetwork: address.masked(toPrefix: length), prefixLength: length)
    }

    /// The last address of the block.
    @inlinable public var lastAddress: Address { network.filled(fromPrefix: prefixLength) }

    /// Whether `address` lies in the block.
    @inlinable public func contains(_ address: Address) -> Bool {
        address.masked(toPrefix: prefixLength) == network
    }

    /// Whether every address of `other` lies in this block (a block contains itself).
    @inlinable public func contains(_ other: Self) -> Bool {
        other.prefixLength >= prefixLength && contains(other.network)
    }

    /// Whether the two blocks share at least one address. For CIDR blocks this happens
    /// exactly when one contains the other.
    @inlinable public func overlaps(_ other: Self) -> Bool {
        contains(other) || other.contains(self)
    }

    /// How many blocks of length `prefixLength` this block splits into: 2^(prefixLength −
    /// self.prefixLength), 0 if `prefixLength` is shorter than the block's own, saturating at
    /// `UInt64.max` for splits of 64 bits or more (only reachable with IPv6).
    public func subblockCount(prefixLength length: Int) -> UInt64 {
        guard length >= prefixLength, length <= Self.addressBits else { return 0 }
        let bits = length - prefixLength
        return bits >= 64 ? UInt64.max : UInt64(1) << UInt64(bits)
    }

    /// The `index`-th block of length `prefixLength` inside this block, in address order;
    /// nil if the index is past the last one or the length is shorter than the block's.
    public func subblock(_ index: UInt64, prefixLength length: Int) -> Self? {
        guard length >= prefixLength, length <= Self.addressBits else { return nil }
        let bits = length - prefixLength
        if bits < 64, index >= UInt64(1) << UInt64(bits) { return nil }
        guard let start = network.advanced(byBlocks: index, ofPrefix: length) else { return nil }
        return Self(uncheckedNetwork: start, prefixLength: length)
    }

    /// Block order: by network address, then shorter prefix (the larger block) first.
    @inlinable public static func < (a: Self, b: Self) -> Bool {
        a.network != b.network ? a.network < b.network : a.prefixLength < b.prefixLength
    }

    /// Canonical text, e.g. `10.1.0.0/16` or `2600:1f18::/56`.
    public var description: String { "\(network)/\(prefixLength)" }
}

/// A CIDR block of either family: what a VPC, a subnet or a route destination holds.
///
/// Blocks of different families never contain or overlap each other. Ordering puts all
/// IPv4 blocks before IPv6 blocks, then orders by network and prefix length.
public enum CIDRBlock: Hashable, Comparable, Sendable, CustomStringConvertible {
    case ipv4(IPv4Block)
    case ipv6(IPv6Block)

    /// The family of the block.
    @inlinable public var family: AddressFamily {
        switch self {
        case .ipv4: return .ipv4
        case .ipv6: return .ipv6
        }
    }

    /// The prefix length of the block.
    @inlinable public var prefixLength: Int {
        switch self {
        case .ipv4(let b): return b.prefixLength
        case .ipv6(let b): return b.prefixLength
        }
    }

    /// The IPv4 block, if this is one.
    @inlinable public var ipv4: IPv4Block? {
        if case .ipv4(let b) = self { return b }
        return nil
    }

    /// The IPv6 block, if this is one.
    @inlinable public var ipv6: IPv6Block? {
        if case .ipv6(let b) = self { return b }
        return nil
    }

    /// Whether `address` lies in the block (false across families).
    @inlinable public func contains(_ address: IPAddress) -> Bool {
        switch (self, address) {
        case (.ipv4(let b), .ipv4(let a)): return b.contains(a)
        case (.ipv6(let b), .ipv6(let a)): return b.contains(a)
        default: return false
        }
    }

    /// Whether every address of `other` lies in this block (false across families).
    @inlinable public func contains(_ other: CIDRBlock) -> Bool {
        switch (self, other) {
        case (.ipv4(let a), .ipv4(let b)): return a.contains(b)
        case (.ipv6(let a), .ipv6(let b)): return a.contains(b)
        default: return false
        }
    }

    /// Whether the blocks share an address (false across families).
    @inlinable public func overlaps(_ other: CIDRBlock) -> Bool {
        switch (self, other) {
        case (.ipv4(let a), .ipv4(let b)): return a.overlaps(b)
        case (.ipv6(let a), .ipv6(let b)): return a.overlaps(b)
        default: return false
        }
    }

    /// See `IPBlockProtocol.subblockCount(prefixLength:)`.
    public func subblockCount(prefixLength length: Int) -> UInt64 {
        switch self {
        case .ipv4(let b): return b.subblockCount(prefixLength: length)
        case .ipv6(let b): return b.subblockCount(prefixLength: length)
        }
    }

    /// See `IPBlockProtocol.subblock(_:prefixLength:)`.
    public func subblock(_ index: UInt64, prefixLength length: Int) -> CIDRBlock? {
        switch self {
        case .ipv4(let b): return b.subblock(index, prefixLength: length).map(CIDRBlock.ipv4)
        case .ipv6(let b): return b.subblock(index, prefixLength: length).map(CIDRBlock.ipv6)
        }
    }

    public static func < (a: CIDRBlock, b: CIDRBlock) -> Bool {
        switch (a, b) {
        case (.ipv4(let x), .ipv4(let y)): return x < y
        case (.ipv6(let x), .ipv6(let y)): return x < y
        case (.ipv4, .ipv6): return true
        case (.ipv6, .ipv4): return false
        }
    }

    /// Canonical text, e.g. `10.1.0.0/16` or `2600:1f18::/56`.
    public var description: String {
        switch self {
        case .ipv4(let b): return b.description
        case .ipv6(let b): return b.description
        }
    }
}

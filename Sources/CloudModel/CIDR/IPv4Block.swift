/// An IPv4 CIDR block such as `10.1.0.0/16`: 5 bytes of payload, compared and hashed by value.
public struct IPv4Block: IPBlockProtocol {
    /// The first address of the block.
    public let network: IPv4Address
    @usableFromInline let storedPrefix: UInt8

    /// The prefix length, 0…32.
    @inlinable public var prefixLength: Int { Int(storedPrefix) }

    /// A block from parts known to be valid; use `init(network:prefixLength:)` or parsing otherwise.
    @inlinable public init(uncheckedNetwork network: IPv4Address, prefixLength: Int) {
        self.network = network
        self.storedPrefix = UInt8(truncatingIfNeeded: prefixLength)
    }

    /// The number of addresses in the block, 2^(32 − prefix).
    public var addressCount: UInt64 { UInt64(1) << UInt64(32 - prefixLength) }
}

/// An IPv6 CIDR block such as `2600:1f18::/56`, compared and hashed by value.
public struct IPv6Block: IPBlockProtocol {
    /// The first address of the block.
    public let network: IPv6Address
    @usableFromInline let storedPrefix: UInt8

    /// The prefix length, 0…128.
    @inlinable public var prefixLength: Int { Int(storedPrefix) }

    /// A block from parts known to be valid; use `init(network:prefixLength:)` or parsing otherwise.
    @inlinable public init(uncheckedNetwork network: IPv6Address, prefixLength: Int) {
        self.network = network
        self.storedPrefix = UInt8(truncatingIfNeeded: prefixLength)
    }
}

/// What the CIDR arithmetic needs from an address type: fixed width, ordering, masking
/// and block-sized steps. `IPv4Address` and `IPv6Address` conform; the generic block
/// operations in `IPBlockProtocol` are written once against this protocol.
public protocol IPAddressProtocol: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The address family this type represents.
    static var family: AddressFamily { get }
    /// The all-zero address.
    static var zero: Self { get }
    /// The address with every bit after the first `prefixLength` bits cleared.
    func masked(toPrefix prefixLength: Int) -> Self
    /// The address with every bit after the first `prefixLength` bits set: the last
    /// address of the block of that length that contains `self`.
    func filled(fromPrefix prefixLength: Int) -> Self
    /// `self + index · 2^(width − prefixLength)`, i.e. `index` blocks of that length
    /// further on; nil if the result does not fit in the address width.
    func advanced(byBlocks index: UInt64, ofPrefix prefixLength: Int) -> Self?
}

/// The two Internet Protocol versions a VPC can use.
///
/// AWS counts several quotas separately per family (static routes per route table,
/// rules per security group), so the family is part of every count the model keeps.
public enum AddressFamily: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case ipv4
    case ipv6

    /// The address width in bits: 32 or 128.
    public var bitWidth: Int { self == .ipv4 ? 32 : 128 }

    /// "IPv4" or "IPv6", for messages.
    public var description: String { self == .ipv4 ? "IPv4" : "IPv6" }
}

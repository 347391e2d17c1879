/// An address of either family, for values whose family is known only at run time
/// (a scenario's text, a lookup in a dual-stack route table).
public enum IPAddress: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    case ipv4(IPv4Address)
    case ipv6(IPv6Address)

    /// The family of the address.
    public var family: AddressFamily {
        switch self {
        case .ipv4: return .ipv4
        case .ipv6: return .ipv6
        }
    }

    /// Reads an IPv4 (dotted quad) or IPv6 (colon) address; the family is told by a colon.
    public init(parsing text: String) throws(CIDRError) {
        guard !text.allSatisfy({ $0 == " " }) else { throw CIDRError(input: text, reason: .empty) }
        self = text.contains(":") ? .ipv6(try IPv6Address(parsing: text)) : .ipv4(try IPv4Address(parsing: text))
    }

    /// Reads an address of either family; nil if invalid.
    public init?(_ description: String) {
        guard let parsed = try? IPAddress(parsing: description) else { return nil }
        self = parsed
    }

    /// Canonical text (dotted quad or RFC 5952).
    public var description: String {
        switch self {
        case .ipv4(let a): return a.description
        case .ipv6(let a): return a.description
        }
    }
}

import CloudModel

/// A route's destination: a CIDR block, or a managed prefix list by id (`pl-…`), which
/// stands for its entries (`as_is.prefix_lists`).
public enum AsIsDestination: Hashable, Sendable, CustomStringConvertible {
    case block(CIDRBlock)
    case prefixList(String)

    public var description: String {
        switch self {
        case .block(let b): return b.description
        case .prefixList(let id): return id
        }
    }
}

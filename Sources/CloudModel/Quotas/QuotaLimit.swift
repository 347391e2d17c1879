/// The value of one quota: a number (a count, or seconds for a time limit) or no limit.
///
/// `unlimited` exists for what-if studies ("what if AWS had no peering cap?"); AWS itself
/// has no unlimited quotas.
public enum QuotaLimit: Hashable, Sendable, CustomStringConvertible {
    case limited(Int64)
    case unlimited

    /// The number, or nil when unlimited.
    @inlinable public var value: Int64? {
        if case .limited(let v) = self { return v }
        return nil
    }

    /// Whether holding `count` of the resource stays within the quota (count ≤ limit).
    @inlinable public func permits(_ count: Int) -> Bool {
        switch self {
        case .limited(let v): return Int64(count) <= v
        case .unlimited: return true
        }
    }

    /// The number of further units that fit when `count` are already held (never negative);
    /// nil when unlimited.
    @inlinable public func headroom(after count: Int) -> Int64? {
        value.map { max(0, $0 - Int64(count)) }
    }

    /// "125" or "unlimited".
    public var description: String {
        switch self {
        case .limited(let v): return String(v)
        case .unlimited: return "unlimited"
        }
    }
}

/// Why a request failed. Every generated request ends as a success or as exactly one of
/// these, and the outputs count each separately.
public enum RequestFailure: Hashable, Sendable, CustomStringConvertible {
    /// The control plane had not connected the pair (pending, over quota, overlapping
    /// CIDRs, deleted, rejected, ...): the request fails at once.
    case unreachable(UnreachableReason)
    /// Something on the request's path (its client, an endpoint interface, a load balancer
    /// node, a Transit Gateway interface or the instance) was in an AZ that went down while
    /// the request was in flight, or was sent there before clients noticed the outage.
    case azOutage
    /// It waited longer than the service's `timeout` for a free slot.
    case timeout
    /// The NLB behind an endpoint service had reached its connection limit to the target
    /// (about 55,000 per minute, or simultaneous): a port-allocation error.
    case connectionLimit
    /// The run ended before the request finished (counted so that nothing goes missing).
    case cutoff

    /// Every failure, in the order outputs list them: the unreachable reasons first.
    public static let allCases: [RequestFailure] =
        UnreachableReason.allCases.map { .unreachable($0) } + [.azOutage, .timeout, .connectionLimit, .cutoff]

    /// The position in `allCases`: a dense index for per-reason counters.
    public var code: Int {
        let unreachable = UnreachableReason.allCases.count
        switch self {
        case .unreachable(let reason): return UnreachableReason.allCases.firstIndex(of: reason) ?? 0
        case .azOutage: return unreachable
        case .timeout: return unreachable + 1
        case .connectionLimit: return unreachable + 2
        case .cutoff: return unreachable + 3
        }
    }

    /// The name outputs use: `unreachable-pending`, `az-outage`, `timeout`,
    /// `connection-limit`, `cutoff`.
    public var description: String {
        switch self {
        case .unreachable(let reason): return "unreachable-\(reason.rawValue)"
        case .azOutage: return "az-outage"
        case .timeout: return "timeout"
        case .connectionLimit: return "connection-limit"
        case .cutoff: return "cutoff"
        }
    }
}

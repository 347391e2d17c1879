/// What a quota's number counts.
public enum QuotaUnit: String, Sendable, Hashable {
    /// A number of resources (peerings, routes, endpoints, ...).
    case count
    /// A time limit in seconds (e.g. the 7-day expiry of a peering request).
    case seconds
}

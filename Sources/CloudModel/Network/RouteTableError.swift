/// Why a route could not be added to or removed from a route table. A typed failure, not a
/// crash: strategies count these as quota violations or configuration errors.
public struct RouteTableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// The table already holds `limit` static routes of this family.
        case quotaExceeded(family: AddressFamily, limit: Int64)
        /// A route to exactly this destination exists already (AWS refuses duplicates).
        case duplicateDestination(existing: RouteTarget)
        /// Local routes are created with the table and cannot be added, replaced or removed.
        case localRouteImmutable
        /// No route to this destination exists.
        case noSuchRoute
    }

    /// The destination of the route concerned.
    public let destination: CIDRBlock
    /// What went wrong.
    public let reason: Reason

    /// An error about the route to `destination`.
    public init(destination: CIDRBlock, reason: Reason) {
        self.destination = destination
        self.reason = reason
    }

    /// A one-line explanation.
    public var message: String {
        switch reason {
        case .quotaExceeded(let family, let limit):
            return "route to \(destination) refused: the table already has \(limit) \(family) routes, the quota "
                + "(routes_per_route_table, counted per address family)"
        case .duplicateDestination(let existing):
            return "route to \(destination) refused: the table already routes it to \(existing)"
        case .localRouteImmutable:
            return "route to \(destination): local routes belong to the VPC's CIDRs and cannot be changed"
        case .noSuchRoute:
            return "no route to \(destination) in the table"
        }
    }

    public var description: String { message }
}

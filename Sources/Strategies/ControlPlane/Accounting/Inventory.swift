/// What the control plane has built so far, counted as it is built (never by walking
/// millions of routes): the resource columns of summary.csv and timeseries.csv.
public struct Inventory: Equatable, Sendable {
    /// Working connections: active VPC peerings; available interface endpoints; available
    /// TGW VPC attachments plus available inter-region TGW peering attachments (each peering
    /// counted once, though both gateways list it).
    public var connections = 0
    /// Static route entries in all route tables: every VPC route table (a VPC with r tables
    /// counts each route r times) plus, under Transit Gateway, the static routes of every TGW
    /// route table (toward TGW peering attachments, which take static routes only). Local
    /// routes are not counted, as the routes-per-route-table quota does not count them.
    /// Propagated routes are not counted here but in `routeEntriesPropagated`. Routes whose
    /// target was deleted stay (as AWS keeps them, as blackholes).
    public var routeEntriesTotal = 0
    /// Propagated route entries in all route tables: under Transit Gateway, each VPC
    /// attachment's CIDRs propagated into its gateway's route table. No design propagates
    /// into VPC route tables (that takes a virtual private gateway and BGP).
    public var routeEntriesPropagated = 0
    /// Static route entries (both families) in the fullest single VPC route table: what the
    /// routes-per-route-table quota limits. Transit Gateway route tables count in the total
    /// only; they have a quota of their own (`tgw_routes_per_tgw`, 10,000) and mixing them in
    /// would compare a gateway's table with the VPC quota.
    public var routeEntriesMaxPerTable = 0
    /// Security-group rules added for connectivity, over all groups (inbound rules per peer
    /// CIDR under peering; the endpoint's own group and the provider's group under
    /// PrivateLink; per partner CIDR or one summary rule under Transit Gateway).
    public var securityGroupRules = 0
    /// Network interfaces the design places: one per AZ of each interface endpoint, of each
    /// NLB and of each TGW VPC attachment. Peering places none.
    public var networkInterfaces = 0

    public init() {}

    /// Notes that some table now holds `entries` static routes.
    @inlinable public mutating func noteTable(entries: Int) {
        if entries > routeEntriesMaxPerTable { routeEntriesMaxPerTable = entries }
    }
}

/// The control-plane columns of one summary.csv row, exactly: `vpcs, regions, connections,
/// route_entries_total, route_entries_propagated, route_entries_max_per_table, sg_rules_total, enis, api_operations,
/// quota_violations, unreachable_pairs, first_infeasible_vpcs, time_to_connect_p50_s,
/// monthly_cost_usd`, at the moment the snapshot was taken.
public struct ControlPlaneSummary: Equatable, Sendable {
    /// `vpcs`: VPCs created so far.
    public var vpcs: Int
    /// `regions`: regions holding at least one created VPC.
    public var regions: Int
    /// `connections`: working connections (see `Inventory.connections`): active peerings;
    /// available interface endpoints; available TGW VPC attachments plus available TGW
    /// peering attachments, each peering once.
    public var connections: Int
    /// `route_entries_total`: static routes in every VPC and TGW route table
    /// (see `Inventory.routeEntriesTotal`).
    public var routeEntriesTotal: Int
    /// `route_entries_propagated`: propagated routes in every route table (TGW attachments'
    /// CIDRs; see `Inventory.routeEntriesPropagated`).
    public var routeEntriesPropagated: Int
    /// `route_entries_max_per_table`: static routes in the fullest single VPC route table.
    public var routeEntriesMaxPerTable: Int
    /// `sg_rules_total`: security-group rules added for connectivity.
    public var sgRulesTotal: Int
    /// `enis`: network interfaces placed by the design (endpoints, NLBs, TGW attachments).
    public var enis: Int
    /// `api_operations`: AWS API calls made so far (see `APIOperation` for the conventions).
    public var apiOperations: Int
    /// `quota_violations`: operations refused because a quota would be exceeded.
    public var quotaViolations: Int
    /// `unreachable_pairs`: connectivity goals that are not reachable now. A goal is a pair
    /// the design must connect: every pair of created VPCs under `peering: {mesh: full}`;
    /// otherwise each distinct (consumer VPC, service) pair of the traffic whose two VPCs
    /// exist and differ.
    public var unreachablePairs: Int
    /// `first_infeasible_vpcs`: VPCs created when the first quota violation happened; nil
    /// (an empty cell) when no quota was ever hit.
    public var firstInfeasibleVPCs: Int?
    /// `time_to_connect_p50_s`: the median over VPCs owning at least one goal of the time
    /// from the VPC's creation until all its goals were reachable, counting a VPC that never
    /// got there as infinitely slow (nearest-rank median); nil (empty) when no VPC owns a
    /// goal or the median VPC never connected.
    public var timeToConnectP50Seconds: Double?
    /// `monthly_cost_usd`: the monthly run rate of what exists now (see `CostBreakdown`).
    public var monthlyCostUSD: Double

    public init(vpcs: Int, regions: Int, connections: Int, routeEntriesTotal: Int, routeEntriesPropagated: Int = 0,
                routeEntriesMaxPerTable: Int,
                sgRulesTotal: Int, enis: Int, apiOperations: Int, quotaViolations: Int, unreachablePairs: Int,
                firstInfeasibleVPCs: Int?, timeToConnectP50Seconds: Double?, monthlyCostUSD: Double) {
        self.vpcs = vpcs
        self.regions = regions
        self.connections = connections
        self.routeEntriesTotal = routeEntriesTotal
        self.routeEntriesPropagated = routeEntriesPropagated
        self.routeEntriesMaxPerTable = routeEntriesMaxPerTable
        self.sgRulesTotal = sgRulesTotal
        self.enis = enis
        self.apiOperations = apiOperations
        self.quotaViolations = quotaViolations
        self.unreachablePairs = unreachablePairs
        self.firstInfeasibleVPCs = firstInfeasibleVPCs
        self.timeToConnectP50Seconds = timeToConnectP50Seconds
        self.monthlyCostUSD = monthlyCostUSD
    }

    /// The nearest-rank median of `values` (+∞ allowed); nil for none or an infinite median.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = (sorted.count + 1) / 2          // ⌈n/2⌉, 1-based
        let value = sorted[rank - 1]
        return value.isFinite ? value : nil
    }
}

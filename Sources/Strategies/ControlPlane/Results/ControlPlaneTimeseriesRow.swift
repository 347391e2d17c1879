import SimKernel

/// One row of timeseries.csv: the control plane at one point of simulated time
/// (`t_s, vpcs, connections, route_entries_total, route_entries_max_per_table,
/// api_operations, quota_violations, monthly_cost_usd`). Columns mean what they mean in
/// `ControlPlaneSummary`.
public struct ControlPlaneTimeseriesRow: Equatable, Sendable {
    /// When, from the start of the control plane (time 0 of a growth run; the start of
    /// provisioning for a topology provisioned before time 0).
    public var time: SimTime
    /// `vpcs`: VPCs created so far.
    public var vpcs: Int
    /// `connections`: working connections (see `Inventory.connections`).
    public var connections: Int
    /// `route_entries_total`: static routes in every VPC and TGW route table (propagated
    /// routes excluded).
    public var routeEntriesTotal: Int
    /// `route_entries_max_per_table`: static routes in the fullest single VPC route table.
    public var routeEntriesMaxPerTable: Int
    /// `api_operations`: API calls so far.
    public var apiOperations: Int
    /// `quota_violations`: operations refused by a quota so far.
    public var quotaViolations: Int
    /// `monthly_cost_usd`: the monthly run rate at that time.
    public var monthlyCostUSD: Double

    /// `t_s`: `time` in seconds.
    public var seconds: Double { time.seconds }

    public init(time: SimTime, vpcs: Int, connections: Int, routeEntriesTotal: Int, routeEntriesMaxPerTable: Int,
                apiOperations: Int, quotaViolations: Int, monthlyCostUSD: Double) {
        self.time = time
        self.vpcs = vpcs
        self.connections = connections
        self.routeEntriesTotal = routeEntriesTotal
        self.routeEntriesMaxPerTable = routeEntriesMaxPerTable
        self.apiOperations = apiOperations
        self.quotaViolations = quotaViolations
        self.monthlyCostUSD = monthlyCostUSD
    }
}

import CloudModel

/// Everything one control-plane run reports, as plain values for CSV and reports.
public struct ControlPlaneResult: Sendable {
    /// The summary.csv columns at the end.
    public var summary: ControlPlaneSummary
    /// Goals not reachable at the end, per reason, for every `UnreachableReason` in
    /// declaration order (zeros included); they add up to `summary.unreachablePairs`.
    public var unreachableByReason: [(reason: UnreachableReason, count: Int)]
    /// Goals in all (reachable or not).
    public var goals: Int
    /// Quota violations per quota, only those hit, in catalog order.
    public var quotaViolationsByKey: [(quota: QuotaKey, count: Int)]
    /// API calls per operation, only those made, in the order of the design's `Operation`.
    public var apiCallsByOperation: [(operation: APIOperation, count: Int)]
    /// Requests that waited for a pending-request slot before being sent.
    public var requestsWaited: Int
    /// The monthly run rate at the end, by item.
    public var cost: CostBreakdown
    /// The design's own report (`ConnectivityStrategy.report`), Markdown lines; empty for
    /// most designs.
    public var designReport: [String] = []
    /// The timeseries rows, by time (at most about `maximumTimeseriesRows`).
    public var timeseries: [ControlPlaneTimeseriesRow]
}

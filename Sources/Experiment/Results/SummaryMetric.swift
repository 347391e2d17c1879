/// A numeric column of `summary.csv` that sweeps aggregate over replications (every column
/// but the identifiers `scenario`, `strategy`, `replication` and `seed`), in column order.
public enum SummaryMetric: String, CaseIterable, Sendable {
    case vpcs
    case regions
    case connections
    case routeEntriesTotal = "route_entries_total"
    case routeEntriesMaxPerTable = "route_entries_max_per_table"
    case sgRulesTotal = "sg_rules_total"
    case enis
    case apiOperations = "api_operations"
    case quotaViolations = "quota_violations"
    case unreachablePairs = "unreachable_pairs"
    case firstInfeasibleVPCs = "first_infeasible_vpcs"
    case requests
    case errors
    case latencyP50Milliseconds = "latency_p50_ms"
    case latencyP99Milliseconds = "latency_p99_ms"
    case latencyP999Milliseconds = "latency_p999_ms"
    case timeToConnectP50Seconds = "time_to_connect_p50_s"
    case monthlyCostUSD = "monthly_cost_usd"
    case events

    /// The column name, as in `summary.csv` and the `metric` column of `aggregate.csv`.
    public var column: String { rawValue }

    /// This metric's value in `row`; nil where the row has none (an empty field).
    public func value(in row: SummaryRow) -> Double? {
        switch self {
        case .vpcs: return Double(row.vpcs)
        case .regions: return Double(row.regions)
        case .connections: return Double(row.connections)
        case .routeEntriesTotal: return Double(row.routeEntriesTotal)
        case .routeEntriesMaxPerTable: return Double(row.routeEntriesMaxPerTable)
        case .sgRulesTotal: return Double(row.sgRulesTotal)
        case .enis: return Double(row.enis)
        case .apiOperations: return Double(row.apiOperations)
        case .quotaViolations: return Double(row.quotaViolations)
        case .unreachablePairs: return Double(row.unreachablePairs)
        case .firstInfeasibleVPCs: return row.firstInfeasibleVPCs.map(Double.init)
        case .requests: return Double(row.requests)
        case .errors: return Double(row.errors)
        case .latencyP50Milliseconds: return row.latencyP50Milliseconds
        case .latencyP99Milliseconds: return row.latencyP99Milliseconds
        case .latencyP999Milliseconds: return row.latencyP999Milliseconds
        case .timeToConnectP50Seconds: return row.timeToConnectP50Seconds
        case .monthlyCostUSD: return row.monthlyCostUSD
        case .events: return Double(row.events)
        }
    }

    /// Whether the metric counts things (its per-replication values are whole numbers).
    public var isCount: Bool {
        switch self {
        case .latencyP50Milliseconds, .latencyP99Milliseconds, .latencyP999Milliseconds, .timeToConnectP50Seconds,
             .monthlyCostUSD:
            return false
        default:
            return true
        }
    }

    /// A short label with the unit, for tables and chart axes.
    public var label: String {
        switch self {
        case .vpcs: return "VPCs"
        case .regions: return "regions"
        case .connections: return "connections"
        case .routeEntriesTotal: return "route entries (all tables)"
        case .routeEntriesMaxPerTable: return "route entries (fullest table)"
        case .sgRulesTotal: return "security-group rules"
        case .enis: return "ENIs"
        case .apiOperations: return "API operations"
        case .quotaViolations: return "quota violations"
        case .unreachablePairs: return "unreachable pairs"
        case .firstInfeasibleVPCs: return "first infeasible VPC count"
        case .requests: return "requests"
        case .errors: return "errors"
        case .latencyP50Milliseconds: return "latency p50 (ms)"
        case .latencyP99Milliseconds: return "latency p99 (ms)"
        case .latencyP999Milliseconds: return "latency p99.9 (ms)"
        case .timeToConnectP50Seconds: return "time to connect p50 (s)"
        case .monthlyCostUSD: return "monthly cost (USD)"
        case .events: return "events"
        }
    }
}

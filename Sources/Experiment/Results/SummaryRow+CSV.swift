/// `summary.csv`'s columns and the rendering of one row into them.
extension SummaryRow {
    /// The columns of `summary.csv`, in DESIGN.md's order.
    public static let csvHeader: [String] = [
        "scenario", "strategy", "replication", "seed", "vpcs", "regions", "connections",
        "route_entries_total", "route_entries_max_per_table", "sg_rules_total", "enis", "api_operations",
        "quota_violations", "unreachable_pairs", "first_infeasible_vpcs", "requests", "errors",
        "latency_p50_ms", "latency_p99_ms", "latency_p999_ms", "time_to_connect_p50_s", "monthly_cost_usd", "events",
    ]

    /// Decimals written for latencies (1 µs resolution).
    public static let latencyDecimals = 3
    /// Decimals written for time to connect (1 ms resolution).
    public static let timeDecimals = 3
    /// Decimals written for money (cents).
    public static let costDecimals = 2

    /// The row's fields, one per `csvHeader` column; nil values are empty fields.
    public var csvFields: [String] {
        [
            scenario, strategy.rawValue, String(replication), String(seed), String(vpcs), String(regions),
            String(connections), String(routeEntriesTotal), String(routeEntriesMaxPerTable), String(sgRulesTotal),
            String(enis), String(apiOperations), String(quotaViolations), String(unreachablePairs),
            firstInfeasibleVPCs.map { String($0) } ?? "", String(requests), String(errors),
            Self.format(latencyP50Milliseconds, Self.latencyDecimals),
            Self.format(latencyP99Milliseconds, Self.latencyDecimals),
            Self.format(latencyP999Milliseconds, Self.latencyDecimals),
            Self.format(timeToConnectP50Seconds, Self.timeDecimals),
            NumberFormat.fixed(monthlyCostUSD, decimals: Self.costDecimals), String(events),
        ]
    }

    /// `summary.csv` for `rows`, in the order given.
    public static func csvTable(_ rows: [SummaryRow]) -> CSVTable {
        CSVTable(header: csvHeader, rows: rows.map(\.csvFields))
    }

    private static func format(_ value: Double?, _ decimals: Int) -> String {
        value.map { NumberFormat.fixed($0, decimals: decimals) } ?? ""
    }
}

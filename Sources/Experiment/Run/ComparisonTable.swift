import SimKernel
import Strategies

/// The table `vpcsim run` prints: one row per strategy, each figure the mean over the
/// replications (with the 95 % half-width where it varies), so the designs can be compared
/// at a glance. The CSV files hold every replication.
public enum ComparisonTable {
    public static func make(_ results: [ReplicationResult], strategies: [StrategyKind]) -> TextTable {
        var table = TextTable(header: [
            "strategy", "VPCs", "connections", "route entries", "fullest table", "quota violations",
            "stops fitting at", "cost $/month", "time to connect p50", "p50 ms", "p99 ms", "errors", "events/s",
        ])
        for strategy in strategies {
            let rows = results.filter { $0.summary.strategy == strategy }
            guard !rows.isEmpty else { continue }
            let s = rows.map(\.summary)
            func mean(_ values: [Double]) -> String {
                guard !values.isEmpty else { return "-" }
                let m = values.reduce(0, +) / Double(values.count)
                let decimals = abs(m) >= 100 ? 0 : (abs(m) >= 10 ? 1 : 2)
                var text = NumberFormat.fixed(m, decimals: decimals)
                if let ci = ConfidenceInterval(values) {
                    let half = NumberFormat.fixed(ci.halfWidth, decimals: decimals)
                    if half.contains(where: { $0 != "0" && $0 != "." }) { text += " ±" + half }
                }
                return text
            }
            func count(_ values: [Int]) -> String {
                return values.allSatisfy({ $0 == values[0] }) ? NumberFormat.grouped(values[0]) : mean(values.map(Double.init))
            }
            let infeasible = s.compactMap(\.firstInfeasibleVPCs)
            let events = rows.reduce(0.0) { $0 + Double($1.summary.events) }
            let seconds = rows.reduce(0.0) { $0 + $1.wallSeconds }
            let requests = s.reduce(0) { $0 + $1.requests }
            let errors = s.reduce(0) { $0 + $1.errors }
            table.append([
                strategy.rawValue, count(s.map(\.vpcs)), count(s.map(\.connections)), count(s.map(\.routeEntriesTotal)),
                count(s.map(\.routeEntriesMaxPerTable)), count(s.map(\.quotaViolations)),
                infeasible.isEmpty ? "fits" : "\(infeasible.min()!) VPCs",
                mean(s.map(\.monthlyCostUSD)),
                timeText(s.compactMap(\.timeToConnectP50Seconds)),
                mean(s.compactMap(\.latencyP50Milliseconds)), mean(s.compactMap(\.latencyP99Milliseconds)),
                requests == 0 ? "-" : NumberFormat.fixed(100 * Double(errors) / Double(requests), decimals: 2) + " %",
                seconds > 0 ? NumberFormat.grouped(Int(events / seconds)) : "-",
            ])
        }
        return table
    }

    /// A median time to connect, in the largest unit that keeps it readable.
    static func timeText(_ seconds: [Double]) -> String {
        guard !seconds.isEmpty else { return "-" }
        let m = seconds.reduce(0, +) / Double(seconds.count)
        if m >= 86_400 { return NumberFormat.fixed(m / 86_400, decimals: 1) + " d" }
        if m >= 3_600 { return NumberFormat.fixed(m / 3_600, decimals: 1) + " h" }
        if m >= 60 { return NumberFormat.fixed(m / 60, decimals: 1) + " min" }
        return NumberFormat.fixed(m, decimals: 1) + " s"
    }
}

import Scenario
import Strategies

extension Objective {
    /// The objective's metric in one replication: request metrics from the requests of its
    /// service, region pair and window (the histograms merged, as `summary.csv` merges every
    /// pair), the others from the replication's `summary.csv` row. Nil where there is no value
    /// (no successful request; the median VPC never connected).
    public func measure(data: DataPlaneResults, summary: SummaryRow) -> Double? {
        switch metric {
        case .monthlyCost: return summary.monthlyCostUSD
        case .quotaViolations: return Double(summary.quotaViolations)
        case .unreachablePairs: return Double(summary.unreachablePairs)
        case .timeToConnect: return summary.timeToConnectP50Seconds
        case .latencyP50, .latencyP90, .latencyP99, .latencyP999, .errorShare: break
        }
        let rows: [PairLatency]
        switch window {
        case .all: rows = data.all
        case .steady: rows = data.steady
        case .fault: rows = data.fault
        }
        var merged: PairLatency?
        for row in rows where (service == nil || row.service == service)
            && (fromRegion == nil || row.fromRegion == fromRegion) && (toRegion == nil || row.toRegion == toRegion) {
            if merged == nil { merged = row } else { merged?.merge(row) }
        }
        guard let merged else { return nil }
        if let quantile = metric.quantile { return merged.quantileMilliseconds(quantile) }
        return merged.requests > 0 ? Double(merged.errors) / Double(merged.requests) : nil
    }
}

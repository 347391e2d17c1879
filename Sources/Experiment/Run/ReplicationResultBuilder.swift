import Strategies

/// Turns what the two planes report into the rows of the output files.
struct ReplicationResultBuilder {
    let scenario: String
    let strategy: StrategyKind
    let replication: Int
    let seed: UInt64

    func build(control: ControlPlaneResult, data: DataPlaneResults, events: UInt64,
               wallSeconds: Double) -> ReplicationResult {
        let c = control.summary
        let total = data.total()
        let summary = SummaryRow(
            scenario: scenario, strategy: strategy, replication: replication, seed: seed,
            vpcs: c.vpcs, regions: c.regions, connections: c.connections,
            routeEntriesTotal: c.routeEntriesTotal, routeEntriesPropagated: c.routeEntriesPropagated,
            routeEntriesMaxPerTable: c.routeEntriesMaxPerTable,
            sgRulesTotal: c.sgRulesTotal, enis: c.enis, apiOperations: c.apiOperations,
            quotaViolations: c.quotaViolations, unreachablePairs: c.unreachablePairs,
            firstInfeasibleVPCs: c.firstInfeasibleVPCs,
            requests: total?.requests ?? 0, errors: total?.errors ?? 0,
            latencyP50Milliseconds: total?.quantileMilliseconds(0.5),
            latencyP99Milliseconds: total?.quantileMilliseconds(0.99),
            latencyP999Milliseconds: total?.quantileMilliseconds(0.999),
            timeToConnectP50Seconds: c.timeToConnectP50Seconds, monthlyCostUSD: c.monthlyCostUSD,
            events: Int(events))
        let timeseries = control.timeseries.map { row in
            TimeseriesRow(scenario: scenario, strategy: strategy, replication: replication, timeSeconds: row.seconds,
                          vpcs: row.vpcs, connections: row.connections, routeEntriesTotal: row.routeEntriesTotal,
                          routeEntriesMaxPerTable: row.routeEntriesMaxPerTable, apiOperations: row.apiOperations,
                          quotaViolations: row.quotaViolations, monthlyCostUSD: row.monthlyCostUSD)
        }
        var failures: [FailureRow] = []
        for failure in RequestFailure.allCases where data.failures(failure) > 0 {
            failures.append(row("data", failure.description, data.failures(failure)))
        }
        for (reason, count) in control.unreachableByReason where count > 0 {
            failures.append(row("control", reason.rawValue, count))
        }
        for (quota, count) in control.quotaViolationsByKey where count > 0 {
            failures.append(row("quota", quota.name, count))
        }
        return ReplicationResult(summary: summary, timeseries: timeseries, latency: data.steady.map(latencyRow),
                                 faultLatency: data.fault.contains { $0.requests > 0 } ? data.fault.map(latencyRow) : [],
                                 failures: failures, wallSeconds: wallSeconds, designReport: control.designReport)
    }

    func latencyRow(_ pair: PairLatency) -> LatencyRow {
        LatencyRow(scenario: scenario, strategy: strategy, replication: replication, fromRegion: pair.fromRegion,
                   toRegion: pair.toRegion, service: pair.service, requests: pair.requests, errors: pair.errors,
                   meanMilliseconds: pair.meanMilliseconds, p50Milliseconds: pair.quantileMilliseconds(0.5),
                   p90Milliseconds: pair.quantileMilliseconds(0.9), p99Milliseconds: pair.quantileMilliseconds(0.99),
                   p999Milliseconds: pair.quantileMilliseconds(0.999), maxMilliseconds: pair.maxMilliseconds)
    }

    func row(_ plane: String, _ reason: String, _ count: Int) -> FailureRow {
        FailureRow(scenario: scenario, strategy: strategy, replication: replication, plane: plane,
                   reason: reason, count: count)
    }
}

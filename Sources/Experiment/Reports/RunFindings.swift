import Strategies

/// The findings of a single run: which strategies break a quota at the run's size, how the
/// strategies' costs compare, and the latency each design adds over peering per region pair.
enum RunFindings {
    static func all(_ results: RunResults) -> [Finding] {
        quota(results) + cost(results) + overload(results) + latency(results)
    }

    /// Whether any replication of `strategy` had an overloaded service.
    static func isOverloaded(_ results: RunResults, _ strategy: StrategyKind) -> Bool {
        results.rows(strategy).contains { $0.overloaded > 0 }
    }

    /// Each strategy with an overloaded service, with the busiest instance's utilisation.
    static func overload(_ results: RunResults) -> [Finding] {
        results.strategies.filter { isOverloaded(results, $0) }.map { strategy in
            let rows = results.rows(strategy)
            let utilisation = rows.compactMap(\.utilisation).max()
            let count = rows.filter { $0.overloaded > 0 }.count
            return Finding(kind: .overload, strategy: strategy, text:
                "**\(strategy.rawValue)** is overloaded in \(count) of \(rows.count) replications"
                + (utilisation.map { " (busiest instance's offered utilisation \(ReportNumber.format($0)))" } ?? "")
                + ": a service gets more work than its instances can do, so its latencies measure how long the run "
                + "was, not the design; latency findings leave it out.")
        }
    }

    static func quota(_ results: RunResults) -> [Finding] {
        results.strategies.map { strategy in
            let rows = results.rows(strategy)
            let vpcs = ReportNumber.format(Double(rows.reduce(0) { $0 + $1.vpcs }) / Double(max(1, rows.count)), count: true)
            let violating = rows.filter { $0.quotaViolations > 0 }
            guard !violating.isEmpty else {
                return Finding(kind: .quota, strategy: strategy, text: "**\(strategy.rawValue)** breaks no quota with "
                               + "\(vpcs) VPCs (no violation in any of \(rows.count) replications).")
            }
            let mean = Double(rows.reduce(0) { $0 + $1.quotaViolations }) / Double(rows.count)
            var text = "**\(strategy.rawValue)** breaks a quota with \(vpcs) VPCs: quota violations in "
                + "\(violating.count) of \(rows.count) replications (mean \(ReportNumber.format(mean, count: true)))"
            let infeasible = rows.compactMap(\.firstInfeasibleVPCs)
            if let low = infeasible.min(), let high = infeasible.max() {
                text += low == high ? "; the first infeasible count is \(low) VPCs"
                    : "; the first infeasible count is \(low) to \(high) VPCs"
            }
            return Finding(kind: .quota, strategy: strategy, at: vpcs, text: text + ".")
        }
    }

    static func cost(_ results: RunResults) -> [Finding] {
        var findings: [Finding] = []
        let strategies = results.strategies
        for (i, a) in strategies.enumerated() {
            for b in strategies.dropFirst(i + 1) {
                func series(_ s: StrategyKind) -> [(replication: Int, value: Double)] {
                    results.rows(s).map { ($0.replication, $0.monthlyCostUSD) }
                }
                guard let d = PairedDifference(series(a), series(b)), d.sign != 0 else { continue }
                let (cheap, dear) = d.sign < 0 ? (a, b) : (b, a)
                guard let gap = PairedDifference(series(dear), series(cheap)) else { continue }
                let incomplete = [cheap, dear].filter { s in results.rows(s).contains { $0.unreachablePairs > 0 } }
                let caveat = incomplete.isEmpty ? "" : " Not like for like: "
                    + incomplete.map { "**\($0.rawValue)**" }.joined(separator: " and ")
                    + " left pairs unreachable, so part of its cost difference is connectivity it does not provide."
                findings.append(Finding(kind: .cost, strategy: cheap, other: dear, text:
                    "**\(cheap.rawValue)** costs \(ReportNumber.dollars(gap.meanB)) a month, "
                    + "\(ReportNumber.dollars(gap.mean)) less than **\(dear.rawValue)** (\(ReportNumber.dollars(gap.meanA))); "
                    + "difference \(gap.evidence)." + caveat
                    + LoadBalancerNote.text(results.manifest.loadBalancers, cheap, against: dear)))
            }
        }
        return findings
    }

    /// A route from a region to a service in a region, as `latency.csv` keys it.
    struct Pair: Hashable {
        var from: String
        var to: String
        var service: String
        var label: String { "\(from) → \(to) (\(service))" }
    }

    /// The pairs in the order they first appear.
    static func pairs(_ results: RunResults) -> [Pair] {
        var seen: [Pair] = []
        for row in results.latency {
            let pair = Pair(from: row.fromRegion, to: row.toRegion, service: row.service)
            if !seen.contains(pair) { seen.append(pair) }
        }
        return seen
    }

    static func latency(_ results: RunResults) -> [Finding] {
        guard results.strategies.contains(DesignRegistry.baseline) else { return [] }
        var findings: [Finding] = []
        if isOverloaded(results, DesignRegistry.baseline) { return [] }
        for pair in pairs(results) {
            for strategy in results.strategies where strategy != DesignRegistry.baseline && !isOverloaded(results, strategy) {
                var parts: [String] = []
                for (name, value) in [("p50", \LatencyRow.p50Milliseconds), ("p99", \LatencyRow.p99Milliseconds)] {
                    func series(_ s: StrategyKind) -> [(replication: Int, value: Double)] {
                        results.latency.filter {
                            $0.strategy == s && $0.fromRegion == pair.from && $0.toRegion == pair.to && $0.service == pair.service
                                && $0.requests > 0
                        }.compactMap { row in row[keyPath: value].map { (row.replication, $0) } }
                    }
                    guard let d = PairedDifference(series(strategy), series(DesignRegistry.baseline)) else { continue }
                    let verb = d.sign > 0 ? "adds \(ReportNumber.format(d.mean)) ms"
                        : d.sign < 0 ? "saves \(ReportNumber.format(-d.mean)) ms"
                        : "makes no difference the data can resolve (\(ReportNumber.signed(d.mean)) ms)"
                    parts.append("\(verb) at \(name) (\(ReportNumber.format(d.meanA)) vs \(ReportNumber.format(d.meanB)) ms; \(d.evidence))")
                }
                guard !parts.isEmpty else { continue }
                findings.append(Finding(kind: .latency, strategy: strategy, other: DesignRegistry.baseline, at: pair.label, text:
                    "On \(pair.label), **\(strategy.rawValue)** " + parts.joined(separator: " and ") + " against **\(DesignRegistry.baseline.rawValue)**."
                    + ClientRoutingNote.text(results.manifest.clientRouting, strategy, against: DesignRegistry.baseline)))
            }
        }
        return findings
    }
}

import Strategies

/// The findings of a sweep: where each strategy first breaks a quota along each axis that
/// changes the VPC count, where one strategy becomes cheaper than another along each axis,
/// and the latency each design adds over peering. Each states the numbers it rests on.
enum SweepFindings {
    static func all(_ results: SweepResults) -> [Finding] {
        let axes = SweepAxis.axes(of: results)
        return ObjectiveFindings.all(results) + quota(results, axes: axes) + cost(results, axes: axes) + overload(results) + latency(results)
    }

    // MARK: Overload

    /// Whether any replication of `strategy` at `record` had an overloaded service.
    static func isOverloaded(_ results: SweepResults, _ record: PointRecord, _ strategy: StrategyKind) -> Bool {
        results.rows(record, strategy).contains { $0.overloaded > 0 }
    }

    /// Per strategy, the points where a service is overloaded, with the busiest instance's
    /// offered utilisation there.
    static func overload(_ results: SweepResults) -> [Finding] {
        results.strategies.compactMap { strategy in
            let points = results.records.filter { isOverloaded(results, $0, strategy) }
            guard !points.isEmpty else { return nil }
            let listed = points.prefix(8).map { record -> String in
                let rows = results.rows(record, strategy)
                let utilisation = rows.compactMap(\.utilisation).max()
                return "point \(record.point) (" + record.values.joined(separator: ", ")
                    + (utilisation.map { ", utilisation \(ReportNumber.format($0))" } ?? "") + ")"
            }
            return Finding(kind: .overload, strategy: strategy, text:
                "**\(strategy.rawValue)** is overloaded at \(points.count) of \(results.records.count) point"
                + (results.records.count == 1 ? "" : "s") + ": " + listed.joined(separator: "; ")
                + (points.count > 8 ? "; ..." : "") + ". A service there gets more work than its instances can do "
                + "(offered utilisation of at least 1, or a queue that grew over the run), so its latencies measure "
                + "how long the run was, not the design; latency findings leave these points out.")
        }
    }

    // MARK: Quotas

    static func quota(_ results: SweepResults, axes: [SweepAxis]) -> [Finding] {
        var findings: [Finding] = []
        for axis in axes where axis.drivesVPCs {
            for strategy in results.strategies {
                let perGroup = axis.groups.map { group in
                    (group, quotaText(results, axis: axis, group: group, strategy: strategy))
                }
                let distinct = Set(perGroup.map { $0.1.text })
                if distinct.count == 1, let first = perGroup.first {
                    let every = axis.groups.count > 1 ? " This holds for every value of the other parameters." : ""
                    findings.append(Finding(kind: .quota, strategy: strategy, at: first.1.at,
                                            text: first.1.text + every))
                } else {
                    for (group, result) in perGroup {
                        findings.append(Finding(kind: .quota, strategy: strategy, at: result.at,
                                                text: result.text.replacingOccurrences(of: "**\(strategy.rawValue)**",
                                                                                       with: "**\(strategy.rawValue)**\(group.suffix)")))
                    }
                }
            }
        }
        return findings
    }

    private static func quotaText(_ results: SweepResults, axis: SweepAxis, group: SweepAxis.Group,
                                  strategy: StrategyKind) -> (text: String, at: String?) {
        let name = "**\(strategy.rawValue)**"
        let along = axis.drivesVPCs ? " (along \(axis.path))" : ""
        var previous: PointRecord?
        var replications = 0
        for record in group.records {
            let rows = results.rows(record, strategy)
            guard !rows.isEmpty else { continue }
            let violating = rows.filter { $0.quotaViolations > 0 }
            replications += rows.count
            if !violating.isEmpty {
                let mean = Double(rows.reduce(0) { $0 + $1.quotaViolations }) / Double(rows.count)
                let count = ReportNumber.format(axis.x(record), decimals: 0)
                var text = previous == nil
                    ? "\(name) already breaks a quota at the smallest count swept\(along), \(axis.label(record)): "
                    : "\(name) first breaks a quota at \(axis.label(record))\(along): "
                text += "quota violations in \(violating.count) of \(rows.count) replications (mean \(ReportNumber.format(mean, count: true)))"
                if let previous {
                    let before = results.rows(previous, strategy)
                    text += "; at \(axis.label(previous)), none in \(before.count) replications"
                }
                let infeasible = rows.compactMap(\.firstInfeasibleVPCs)
                if let low = infeasible.min(), let high = infeasible.max() {
                    text += low == high
                        ? ". The runs report \(low) VPCs as the first infeasible count"
                        : ". The runs report \(low) to \(high) VPCs as the first infeasible count"
                }
                return (text + ".", count)
            }
            previous = record
        }
        guard let last = previous else { return ("\(name) has no rows along \(axis.path).", nil) }
        return ("\(name) breaks no quota up to \(axis.label(last)), the most swept along \(axis.path) "
                + "(no violation in any of \(replications) replications).", nil)
    }

    // MARK: Cost

    /// Costs are compared only where both designs connect every pair they must: a design
    /// that leaves pairs unreachable is not cheaper, it does less. Points left out for that
    /// reason are counted in the finding.
    static func cost(_ results: SweepResults, axes: [SweepAxis]) -> [Finding] {
        let strategies = results.strategies
        var findings: [Finding] = []
        for (i, a) in strategies.enumerated() {
            for b in strategies.dropFirst(i + 1) {
                let comparable = results.records.filter { connectsEverything(results, $0, a) && connectsEverything(results, $0, b) }
                let excluded = results.records.count - comparable.count
                let note = excluded == 0 ? "" : " Left out: \(excluded) point\(excluded == 1 ? "" : "s") where "
                    + "\(a.rawValue) or \(b.rawValue) left pairs unreachable (a design that does not connect is not cheaper)."
                let signs = comparable.compactMap { difference(results, $0, a, b, .monthlyCostUSD)?.sign }
                if !signs.isEmpty, signs.allSatisfy({ $0 == signs[0] }), signs[0] != 0 {
                    let (cheap, dear) = signs[0] < 0 ? (a, b) : (b, a)
                    let gaps = comparable.compactMap { difference(results, $0, dear, cheap, .monthlyCostUSD)?.mean }
                    findings.append(Finding(kind: .cost, strategy: cheap, other: dear, text:
                        "**\(cheap.rawValue)** is cheaper than **\(dear.rawValue)** at every one of the \(signs.count) "
                        + "comparable points, by \(ReportNumber.dollars(gaps.min()!)) to \(ReportNumber.dollars(gaps.max()!)) "
                        + "a month (the 95 % interval of the paired difference excludes zero at each)." + note
                        + LoadBalancerNote.text(results.manifest.loadBalancers, cheap, against: dear)))
                    continue
                }
                for axis in axes {
                    for group in axis.groups {
                        findings += crossovers(results, axis: axis, group: group, a, b)
                    }
                }
            }
        }
        return findings
    }

    /// True when no replication of `strategy` at `record` left a pair unreachable.
    static func connectsEverything(_ results: SweepResults, _ record: PointRecord, _ strategy: StrategyKind) -> Bool {
        results.rows(record, strategy).allSatisfy { $0.unreachablePairs == 0 }
    }

    private static func crossovers(_ results: SweepResults, axis: SweepAxis, group: SweepAxis.Group,
                                   _ a: StrategyKind, _ b: StrategyKind) -> [Finding] {
        var findings: [Finding] = []
        var last: (record: PointRecord, difference: PairedDifference)?
        for record in group.records {
            guard connectsEverything(results, record, a), connectsEverything(results, record, b),
                  let difference = difference(results, record, a, b, .monthlyCostUSD), difference.sign != 0 else { continue }
            if let previous = last, previous.difference.sign != difference.sign {
                let (cheap, dear) = difference.sign < 0 ? (a, b) : (b, a)
                let where_ = axis.drivesVPCs
                    ? "between \(axis.label(previous.record)) and \(axis.label(record)) (along \(axis.path))"
                    : "between \(axis.path) = \(axis.value(previous.record)) and \(axis.value(record))"
                let text = "**\(cheap.rawValue)** becomes cheaper than **\(dear.rawValue)** \(where_)\(group.suffix): "
                    + "at \(axis.label(previous.record)) \(describe(previous.difference, a, b)); "
                    + "at \(axis.label(record)) \(describe(difference, a, b))."
                    + LoadBalancerNote.text(results.manifest.loadBalancers, cheap, against: dear)
                findings.append(Finding(kind: .cost, strategy: cheap, other: dear,
                                        at: axis.drivesVPCs ? ReportNumber.format(axis.x(record), decimals: 0) : axis.value(record),
                                        text: text))
            }
            last = (record, difference)
        }
        return findings
    }

    private static func describe(_ d: PairedDifference, _ a: StrategyKind, _ b: StrategyKind) -> String {
        "\(a.rawValue) \(ReportNumber.dollars(d.meanA)) vs \(b.rawValue) \(ReportNumber.dollars(d.meanB)) a month "
            + "(difference \(d.mean < 0 ? "-" : "+")\(ReportNumber.dollars(abs(d.mean))), \(d.evidence))"
    }

    // MARK: Latency

    static func latency(_ results: SweepResults) -> [Finding] {
        guard results.strategies.contains(DesignRegistry.baseline) else { return [] }
        var findings: [Finding] = []
        for strategy in results.strategies where strategy != DesignRegistry.baseline {
            for (metric, name) in [(SummaryMetric.latencyP50Milliseconds, "median"), (.latencyP99Milliseconds, "p99")] {
                let usable = results.records.filter {
                    !isOverloaded(results, $0, strategy) && !isOverloaded(results, $0, DesignRegistry.baseline)
                }
                let leftOut = results.records.count - usable.count
                let differences = usable.compactMap { difference(results, $0, strategy, DesignRegistry.baseline, metric) }
                guard let low = differences.map(\.mean).min(), let high = differences.map(\.mean).max() else { continue }
                let above = differences.filter { $0.sign > 0 }.count
                let below = differences.filter { $0.sign < 0 }.count
                let range = ReportNumber.signed(low) == ReportNumber.signed(high) ? "\(ReportNumber.signed(low)) ms"
                    : "\(ReportNumber.signed(low)) to \(ReportNumber.signed(high)) ms"
                findings.append(Finding(kind: .latency, strategy: strategy, other: DesignRegistry.baseline, text:
                    "**\(strategy.rawValue)** changes the \(name) latency by \(range) against **\(DesignRegistry.baseline.rawValue)** "
                    + "across \(differences.count) point\(differences.count == 1 ? "" : "s") (paired by replication; "
                    + "the 95 % interval is above zero at \(above), below zero at \(below), and includes zero at "
                    + "\(differences.count - above - below))"
                    + (leftOut > 0 ? "; \(leftOut) overloaded point\(leftOut == 1 ? "" : "s") left out" : "") + "."
                    + ClientRoutingNote.text(results.manifest.clientRouting, strategy, against: DesignRegistry.baseline)))
            }
        }
        return findings
    }

    /// A − B of `metric` at `record`, paired by replication.
    static func difference(_ results: SweepResults, _ record: PointRecord, _ a: StrategyKind, _ b: StrategyKind,
                           _ metric: SummaryMetric) -> PairedDifference? {
        func series(_ s: StrategyKind) -> [(replication: Int, value: Double)] {
            results.rows(record, s).compactMap { row in metric.value(in: row).map { (row.replication, $0) } }
        }
        return PairedDifference(series(a), series(b))
    }
}

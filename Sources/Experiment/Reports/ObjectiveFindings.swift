import Strategies

/// The answer a sweep with objectives was run for, as its report's first finding: per design
/// and per value of the other parameters, the smallest (or largest) value of the sweep's
/// first parameter at which every objective holds (`ObjectiveJudgement` on the point's
/// replications).
enum ObjectiveFindings {
    static func all(_ results: SweepResults) -> [Finding] {
        let objectives = results.layout.objectives
        guard !objectives.isEmpty, let axis = SweepAxis.axes(of: results).first else { return [] }
        let stated = objectives.map(\.sentence).joined(separator: "; ")
        return results.strategies.map { strategy in
            let clauses = axis.groups.map { group in
                clause(results, axis: axis, group: group, strategy: strategy, objectives: objectives)
            }
            return Finding(kind: .objective, strategy: strategy, text:
                "**\(strategy.rawValue)** meets every objective (\(stated)) " + clauses.joined(separator: "; ") + ".")
        }
    }

    /// The verdict of `strategy` at `record` and the estimates behind it.
    static func judged(_ results: SweepResults, _ record: PointRecord, _ strategy: StrategyKind,
                       _ objectives: [ObjectiveMark]) -> (estimates: [ObjectiveJudgement.Estimate], verdict: ObjectiveJudgement.Verdict) {
        ObjectiveJudgement.judge(objectives.map { mark in { mark.holds($0) } },
                                 values: results.rows(record, strategy).map(\.objectiveValues))
    }

    /// One group's answer along the axis: `from services.0.instances_per_az = 5 on at
    /// traffic.0.rate = 500/s (44.1 [43.0, 45.3]; 70.9 [66.1, 75.8] at 4, fail)`.
    static func clause(_ results: SweepResults, axis: SweepAxis, group: SweepAxis.Group, strategy: StrategyKind,
                       objectives: [ObjectiveMark]) -> String {
        let verdicts = group.records.map { judged(results, $0, strategy, objectives) }
        let passes = verdicts.map { $0.verdict == .pass }
        let undecided = verdicts.filter { $0.verdict == .undecided }.count
        let at = group.fixed.isEmpty ? "" : " at " + group.fixed.joined(separator: ", ")
        let note = undecided > 0 ? "; \(undecided) of \(verdicts.count) values undecided (more replications would decide them)" : ""
        guard let first = passes.firstIndex(of: true), let last = passes.lastIndex(of: true) else {
            return "at no value of \(axis.path) in the sweep" + at + note
        }
        let value = { (index: Int) in axis.value(group.records[index]) }
        func evidence(_ index: Int) -> String {
            zip(objectives, verdicts[index].estimates).map { objective, estimate in
                (objectives.count > 1 ? objective.label + " " : "") + PlanReport.estimate(estimate)
            }.joined(separator: ", ")
        }
        func neighbour(_ index: Int) -> String {
            "; \(evidence(index)) at \(value(index)), \(verdicts[index].verdict.rawValue)"
        }
        if passes[first...].allSatisfy({ $0 }), last == passes.count - 1 {
            return "from \(axis.path) = \(value(first)) on" + at + " (\(evidence(first)) there"
                + (first > 0 ? neighbour(first - 1) : "") + note + ")"
        }
        if passes[...last].allSatisfy({ $0 }), first == 0 {
            return "up to \(axis.path) = \(value(last))" + at + " (\(evidence(last)) there" + neighbour(last + 1) + note + ")"
        }
        let met = passes.indices.filter { passes[$0] }.map(value)
        return "at \(axis.path) = " + met.joined(separator: ", ") + " only" + at + " (not monotone along the sweep\(note))"
    }
}

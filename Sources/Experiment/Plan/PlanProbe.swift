import Scenario

/// One value of the planned parameter, run under one design until each objective's 95 %
/// interval is clear of its threshold or the replications run out.
public struct PlanProbe: Sendable {
    /// The verdict at a value (`ObjectiveJudgement`'s rule).
    public typealias Verdict = ObjectiveJudgement.Verdict
    /// One objective's measurement at the probe.
    public typealias Estimate = ObjectiveJudgement.Estimate

    /// The value, as a number and as the setting's text.
    public var value: Double
    public var text: String
    /// Replications run.
    public var replications: Int
    /// Per objective, in the scenario's order.
    public var estimates: [Estimate]
    /// The busiest instance's offered utilisation (the highest over replications).
    public var utilisation: Double?
    /// Whether a service was overloaded in any replication.
    public var overloaded: Bool
    /// The probe's verdict.
    public var verdict: Verdict

    /// Judges `objectives` on `values[replication][objective]`.
    static func judge(_ objectives: [Objective], values: [[Double?]]) -> (estimates: [Estimate], verdict: Verdict) {
        ObjectiveJudgement.judge(objectives.map { objective in { objective.holds($0) } }, values: values)
    }
}

import Scenario
import SimKernel

/// One value of the planned parameter, run under one design until each objective's 95 %
/// interval is clear of its threshold or the replications run out.
public struct PlanProbe: Sendable {
    /// The verdict at a value.
    public enum Verdict: String, Sendable {
        /// Every objective's interval lies on its good side.
        case pass
        /// Some objective's interval lies on its bad side.
        case fail
        /// Neither, after the most replications allowed.
        case undecided
    }

    /// One objective's measurement at the probe.
    public struct Estimate: Sendable {
        /// Replications with a value.
        public var n: Int
        /// Their mean; nil without values.
        public var mean: Double?
        /// The 95 % Student-t interval of the mean (the mean itself when every value is the
        /// same); nil below two values.
        public var low: Double?
        public var high: Double?
        /// pass, fail or undecided for this objective alone.
        public var verdict: Verdict
    }

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

    /// Judges `objectives` on `values[replication][objective]`. A replication without a
    /// value (no successful request, nothing connected) counts as failing the objective.
    static func judge(_ objectives: [Objective], values: [[Double?]], complete: Bool) -> (estimates: [Estimate], verdict: Verdict) {
        var estimates: [Estimate] = []
        for (i, objective) in objectives.enumerated() {
            let column = values.map { $0.indices.contains(i) ? $0[i] : nil }
            let present = column.compactMap { $0 }
            let moments = RunningMoments(present)
            let mean = present.isEmpty ? nil : moments.mean
            var low: Double?, high: Double?
            if present.count >= 2 {
                if let interval = ConfidenceInterval(moments: moments, level: 0.95) {
                    low = interval.lower; high = interval.upper
                } else if present.allSatisfy({ $0 == present[0] }) {
                    low = present[0]; high = present[0]
                }
            }
            var verdict = Verdict.undecided
            if column.contains(where: { $0 == nil }) {
                verdict = .fail
            } else if let low, let high {
                let bothHold = objective.holds(low) && objective.holds(high)
                let neitherHolds = !objective.holds(low) && !objective.holds(high)
                verdict = bothHold ? .pass : neitherHolds ? .fail : .undecided
            }
            estimates.append(Estimate(n: present.count, mean: mean, low: low, high: high, verdict: verdict))
        }
        let verdict: Verdict = estimates.contains { $0.verdict == .fail } ? .fail
            : estimates.allSatisfy { $0.verdict == .pass } ? .pass : .undecided
        _ = complete
        return (estimates, verdict)
    }
}

import SimKernel

/// Whether a set of replications meets each objective: the one rule `vpcsim plan`'s probes
/// and a sweep's points are judged by, so the two always agree.
///
/// An objective passes when its metric's 95 % Student-t interval of the mean lies wholly on
/// its good side, fails when it lies wholly on the bad side or a replication has no value
/// (no successful request, nothing connected), and is undecided otherwise (or with fewer
/// than two values). The set passes when every objective passes and fails when one fails.
public enum ObjectiveJudgement {
    /// The verdict at a value, or on a point.
    public enum Verdict: String, Sendable {
        /// Every objective's interval lies on its good side.
        case pass
        /// Some objective's interval lies on its bad side.
        case fail
        /// Neither (too few replications, or an interval across the threshold).
        case undecided
    }

    /// One objective's measurement over replications.
    public struct Estimate: Sendable, Equatable {
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

    /// Judges objectives, each given by the test its values must meet (`holds`), on
    /// `values[replication][objective]`.
    public static func judge(_ holds: [(Double) -> Bool], values: [[Double?]]) -> (estimates: [Estimate], verdict: Verdict) {
        var estimates: [Estimate] = []
        for (i, holds) in holds.enumerated() {
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
                verdict = holds(low) && holds(high) ? .pass : !holds(low) && !holds(high) ? .fail : .undecided
            }
            estimates.append(Estimate(n: present.count, mean: mean, low: low, high: high, verdict: verdict))
        }
        return (estimates, combined(estimates.map(\.verdict)))
    }

    /// One failing objective fails the set; all passing pass it; else undecided.
    public static func combined(_ verdicts: [Verdict]) -> Verdict {
        verdicts.contains(.fail) ? .fail : verdicts.allSatisfy { $0 == .pass } ? .pass : .undecided
    }
}

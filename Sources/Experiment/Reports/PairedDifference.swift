import SimKernel

/// The difference A − B of one metric between two strategies, paired by replication: the
/// strategies of one replication share their random numbers, so the paired difference has a
/// narrower interval than the difference of the two means.
struct PairedDifference {
    /// Replications where both have a value.
    let n: Int
    /// Mean of A and of B over those replications.
    let meanA: Double
    let meanB: Double
    /// Mean difference and its 95 % Student-t interval (nil with fewer than 2 pairs).
    let mean: Double
    let interval: ConfidenceInterval?

    /// Pairs `a` and `b` by replication index; nil when no replication has both.
    init?(_ a: [(replication: Int, value: Double)], _ b: [(replication: Int, value: Double)]) {
        var pairsA: [Double] = [], pairsB: [Double] = [], differences: [Double] = []
        for (replication, value) in a.sorted(by: { $0.replication < $1.replication }) {
            guard let other = b.first(where: { $0.replication == replication }) else { continue }
            pairsA.append(value)
            pairsB.append(other.value)
            differences.append(value - other.value)
        }
        guard !differences.isEmpty else { return nil }
        n = differences.count
        meanA = RunningMoments(pairsA).mean
        meanB = RunningMoments(pairsB).mean
        mean = RunningMoments(differences).mean
        interval = ConfidenceInterval(differences, level: 0.95)
    }

    /// +1 when A is larger beyond doubt (the interval, or with one pair the difference, is
    /// above 0), −1 when smaller, 0 when the data cannot tell.
    var sign: Int {
        if let interval {
            if interval.lower > 0 { return 1 }
            if interval.upper < 0 { return -1 }
            return 0
        }
        return n == 1 && mean != 0 ? (mean > 0 ? 1 : -1) : 0
    }

    /// `95 % CI [low, high], n replications` (or `1 replication, no interval`).
    var evidence: String {
        guard let interval else { return "\(n) replication\(n == 1 ? "" : "s"), no interval" }
        return "95 % CI [\(ReportNumber.format(interval.lower)), \(ReportNumber.format(interval.upper))], \(n) paired replications"
    }
}

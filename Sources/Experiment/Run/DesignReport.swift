import Strategies

/// A run folder's `design-report.md`: the reports designs make on their own
/// (`ConnectivityStrategy.report`, e.g. an estate's unreachable pairs, cost and quota
/// headroom), one section per strategy that has one, from its first replication (the
/// reporting designs are deterministic). Absent when no strategy reports.
public enum DesignReport {
    public static let fileName = "design-report.md"

    /// The file's text, or nil when no strategy of `results` reports.
    public static func render(_ results: [ReplicationResult]) -> String? {
        var seen: Set<StrategyKind> = []
        var sections: [String] = []
        for result in results where !result.designReport.isEmpty && seen.insert(result.summary.strategy).inserted {
            sections.append("## \(result.summary.strategy.rawValue) (replication \(result.summary.replication))\n\n"
                            + result.designReport.joined(separator: "\n") + "\n")
        }
        guard !sections.isEmpty else { return nil }
        return "# Design reports\n\n" + sections.joined(separator: "\n")
    }
}

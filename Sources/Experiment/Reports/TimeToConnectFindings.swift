import Strategies

/// The time-to-connect findings of a run or a sweep: per strategy, the median time to
/// connect it reached, and the acceptance setting it assumed (a manual acceptance delay
/// usually dominates it; see `Acceptance`). The setting comes from the folder's manifest;
/// a folder written before manifests recorded it says so.
enum TimeToConnectFindings {
    /// The setting recorded for `strategy`, quoted, or a note that none was recorded.
    static func setting(_ acceptance: [String: String]?, _ strategy: StrategyKind) -> String {
        guard let text = acceptance?[strategy.rawValue] else { return "acceptance not recorded in the manifest" }
        return "acceptance `\(text)`"
    }

    static func run(_ results: RunResults) -> [Finding] {
        results.strategies.compactMap { strategy in
            let values = results.rows(strategy).compactMap(\.timeToConnectP50Seconds)
            guard !values.isEmpty else { return nil }
            let summary = AggregateTable.Summary(values)
            return Finding(kind: .timeToConnect, strategy: strategy,
                           text: "**\(strategy.rawValue)**: time to connect p50 \(ReportNumber.interval(summary)) s, "
                               + "with \(setting(results.manifest.acceptance, strategy)).")
        }
    }

    static func sweep(_ results: SweepResults) -> [Finding] {
        results.strategies.compactMap { strategy in
            var points: [(mean: Double, vpcs: Double)] = []
            for record in results.records {
                guard let mean = results.summary(record, strategy, .timeToConnectP50Seconds).mean else { continue }
                let rows = results.rows(record, strategy)
                points.append((mean, Double(rows.reduce(0) { $0 + $1.vpcs }) / Double(max(1, rows.count))))
            }
            guard let low = points.min(by: { $0.mean < $1.mean }), let high = points.max(by: { $0.mean < $1.mean }) else {
                return nil
            }
            let range = low.mean == high.mean
                ? "\(ReportNumber.format(low.mean)) s at every point"
                : "from \(ReportNumber.format(low.mean)) s (at \(ReportNumber.format(low.vpcs, count: true)) VPCs) to "
                    + "\(ReportNumber.format(high.mean)) s (at \(ReportNumber.format(high.vpcs, count: true)) VPCs)"
            return Finding(kind: .timeToConnect, strategy: strategy,
                           text: "**\(strategy.rawValue)**: mean time to connect p50 \(range), "
                               + "with \(setting(results.manifest.acceptance, strategy)).")
        }
    }
}

import SimKernel
import Strategies

/// `aggregate.csv`: for each point, strategy and metric, the number of replications that
/// have a value, their mean, and the 95 % Student-t interval of the mean (GSL's t quantile).
///
/// The interval is empty with fewer than two values. Numbers are written with 6 decimals.
/// When the sweep has objectives, each strategy's metrics at a point are followed by one row
/// per objective (metric `objective:<label>`, its `verdict` by `ObjectiveJudgement`) and a
/// row `objectives` (mean: the share of replications meeting every objective; verdict: all
/// of them together), and the table gains a last column `verdict`, empty on the other rows.
public enum AggregateTable {
    /// Decimals of `mean`, `ci95_low` and `ci95_high`.
    public static let decimals = 6
    /// The confidence level of the interval.
    public static let level = 0.95

    /// The columns after the point's parameters: which series, then its summary (`Summary.fields`).
    public static let seriesColumns = ["strategy", "metric", "n", "mean", "ci95_low", "ci95_high"]
    /// The column a sweep with objectives adds: pass, fail or undecided (`ObjectiveJudgement`).
    public static let verdictColumn = "verdict"
    /// The metric name of the row that judges every objective together.
    public static let allObjectivesMetric = "objectives"
    /// The column before the point's parameters.
    public static let pointColumn = "point"

    /// The header for a sweep whose parameters have `parameterColumns`.
    public static func header(parameterColumns: [String], judged: Bool = false) -> [String] {
        [pointColumn] + parameterColumns + seriesColumns + (judged ? [verdictColumn] : [])
    }

    /// The table for `records` (in point order); within a point, strategies keep the order
    /// of the point's rows and metrics the order of `metrics`: by default the measured
    /// columns of `summary.csv`, in column order.
    public static func table(_ records: [PointRecord], parameterColumns: [String],
                             metrics: [SummaryMetric] = SummaryRow.schema.metrics,
                             objectives: [ObjectiveMark] = []) -> CSVTable {
        var table = CSVTable(header: header(parameterColumns: parameterColumns, judged: !objectives.isEmpty))
        let blank = objectives.isEmpty ? [] : [""]
        for record in records {
            var strategies: [StrategyKind] = []
            for row in record.rows where !strategies.contains(row.strategy) { strategies.append(row.strategy) }
            for strategy in strategies {
                let rows = record.rows.filter { $0.strategy == strategy }
                for metric in metrics {
                    let summary = Summary(rows.compactMap { metric.value(in: $0) })
                    table.append([String(record.point)] + record.values
                                 + [strategy.rawValue, metric.column] + summary.fields + blank)
                }
                guard !objectives.isEmpty else { continue }
                let values = rows.map(\.objectiveValues)
                let judged = ObjectiveJudgement.judge(objectives.map { mark in { mark.holds($0) } }, values: values)
                for (i, objective) in objectives.enumerated() {
                    let summary = Summary(values.compactMap { $0.indices.contains(i) ? $0[i] : nil })
                    table.append([String(record.point)] + record.values + [strategy.rawValue, objective.column]
                                 + summary.fields + [judged.estimates[i].verdict.rawValue])
                }
                let met = values.map { replication -> Double in
                    let all = objectives.indices.allSatisfy { i in
                        replication.indices.contains(i) && replication[i].map(objectives[i].holds) == true
                    }
                    return all ? 1 : 0
                }
                table.append([String(record.point)] + record.values + [strategy.rawValue, allObjectivesMetric]
                             + Summary(met).fields + [judged.verdict.rawValue])
            }
        }
        return table
    }

    /// n, mean and interval of one series, as CSV fields.
    public struct Summary: Equatable, Sendable {
        /// Values summarised.
        public let n: Int
        /// Their mean; nil without values.
        public let mean: Double?
        /// The 95 % Student-t interval of the mean; nil below two values.
        public let interval: ConfidenceInterval?

        public init(_ values: [Double]) {
            let moments = RunningMoments(values)
            n = moments.count
            mean = n > 0 ? moments.mean : nil
            interval = ConfidenceInterval(moments: moments, level: AggregateTable.level)
        }

        /// `n, mean, ci95_low, ci95_high`.
        public var fields: [String] {
            [String(n), format(mean), format(interval?.lower), format(interval?.upper)]
        }

        private func format(_ value: Double?) -> String {
            value.map { NumberFormat.fixed($0, decimals: AggregateTable.decimals) } ?? ""
        }
    }
}

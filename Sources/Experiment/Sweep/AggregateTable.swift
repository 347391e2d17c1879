import SimKernel
import Strategies

/// `aggregate.csv`: for each point, strategy and metric, the number of replications that
/// have a value, their mean, and the 95 % Student-t interval of the mean (GSL's t quantile).
///
/// The interval is empty with fewer than two values. Numbers are written with 6 decimals.
public enum AggregateTable {
    /// Decimals of `mean`, `ci95_low` and `ci95_high`.
    public static let decimals = 6
    /// The confidence level of the interval.
    public static let level = 0.95

    /// The columns after the point's parameters: which series, then its summary (`Summary.fields`).
    public static let seriesColumns = ["strategy", "metric", "n", "mean", "ci95_low", "ci95_high"]
    /// The column before the point's parameters.
    public static let pointColumn = "point"

    /// The header for a sweep whose parameters have `parameterColumns`.
    public static func header(parameterColumns: [String]) -> [String] {
        [pointColumn] + parameterColumns + seriesColumns
    }

    /// The table for `records` (in point order); within a point, strategies keep the order
    /// of the point's rows and metrics the order of `metrics`: by default the measured
    /// columns of `summary.csv`, in column order.
    public static func table(_ records: [PointRecord], parameterColumns: [String],
                             metrics: [SummaryMetric] = SummaryRow.schema.metrics) -> CSVTable {
        var table = CSVTable(header: header(parameterColumns: parameterColumns))
        for record in records {
            var strategies: [StrategyKind] = []
            for row in record.rows where !strategies.contains(row.strategy) { strategies.append(row.strategy) }
            for strategy in strategies {
                let rows = record.rows.filter { $0.strategy == strategy }
                for metric in metrics {
                    let summary = Summary(rows.compactMap { metric.value(in: $0) })
                    table.append([String(record.point)] + record.values
                                 + [strategy.rawValue, metric.column] + summary.fields)
                }
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

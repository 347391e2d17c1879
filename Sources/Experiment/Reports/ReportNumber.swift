/// Numbers as a report shows them: enough digits to compare, no more; thousands grouped.
enum ReportNumber {
    /// `value` with decimals by magnitude: 0 from 1,000, 1 from 100, 2 from 1, else 3; with
    /// `count`, a whole number (a count's mean when every replication agreed) has no decimals.
    static func format(_ value: Double, count: Bool = false) -> String {
        if count, value == value.rounded(), abs(value) < 1e15 { return format(value, decimals: 0) }
        let magnitude = abs(value)
        let decimals = magnitude >= 1_000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3
        return format(value, decimals: decimals)
    }

    /// `value` with `decimals` places and thousands grouped.
    static func format(_ value: Double, decimals: Int) -> String {
        let text = NumberFormat.fixed(value, decimals: decimals)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = Int(parts[0]).map(NumberFormat.grouped) ?? String(parts[0])
        return (negative ? "-" : "") + whole + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `value` with an explicit sign (`+1.25`, `-0.300`).
    static func signed(_ value: Double) -> String {
        (value > 0 ? "+" : "") + format(value)
    }

    /// `mean [low, high]`, or just the mean when the interval is a point or missing.
    static func interval(_ summary: AggregateTable.Summary, count: Bool = false) -> String {
        guard let mean = summary.mean else { return "–" }
        guard let ci = summary.interval, ci.halfWidth > 0 else { return format(mean, count: count) }
        return "\(format(mean)) [\(format(ci.lower)), \(format(ci.upper))]"
    }

    /// `$1,234.56`.
    static func dollars(_ value: Double) -> String {
        (value < 0 ? "-$" : "$") + format(abs(value), decimals: 2)
    }
}

/// One line of a chart: a title, its strategy's colour, a dash type, and points
/// `(x, y, y_low, y_high)`; a nil value is written `NaN`, which gnuplot leaves out.
struct PlotSeries {
    var title: String
    var color: String
    var dash: Int
    var points: [[Double?]]

    /// Blocks separated by two blank lines (gnuplot's `index`), each headed by its quoted
    /// title (read with `columnheader(1)`).
    static func dataFile(_ series: [PlotSeries]) -> String {
        series.map { s in
            "\"" + s.title.replacingOccurrences(of: "\"", with: "'") + "\"\n"
                + s.points.map { $0.map(number).joined(separator: " ") + "\n" }.joined()
        }.joined(separator: "\n\n")
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NaN" }
        return NumberFormat.fixed(value, decimals: 6)
    }
}

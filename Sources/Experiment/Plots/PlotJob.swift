/// One chart to render: a template of `plots/`, the data files it reads, and the variables
/// passed with `gnuplot -e`. The output is `<name>.png` and `<name>.svg`.
struct PlotJob {
    /// The chart's file name without extension (`sweep-connections`).
    var name: String
    /// The template's file name in the templates folder.
    var template: String
    /// Data files to write under `plots/data/`, by variable name → file content.
    var data: [(variable: String, content: String)]
    /// Other variables: name → gnuplot expression (numbers, or strings already quoted).
    var variables: [(name: String, value: String)]

    /// A gnuplot string literal: single-quoted, with `'` doubled.
    static func string(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

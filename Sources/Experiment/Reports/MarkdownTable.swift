/// A GitHub-flavoured Markdown table; cells have `|` escaped.
struct MarkdownTable {
    var header: [String]
    var rows: [[String]] = []
    /// Per column: true to right-align (numbers).
    var rightAligned: [Bool]

    init(header: [String], rightAligned: [Bool]? = nil) {
        self.header = header
        self.rightAligned = rightAligned ?? header.map { _ in false }
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    func rendered() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var out = line(header)
        out += "|" + rightAligned.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for row in rows { out += line(row) }
        return out
    }
}

/// A CSV document: one header row and data rows, rendered per RFC 4180 (comma
/// separator, CRLF-free `\n` line ends, fields quoted only when they must be).
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Appends a row; it must have one field per column.
    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "CSV row has \(row.count) fields for \(header.count) columns")
        rows.append(row)
    }

    /// The document as text.
    public func rendered() -> String {
        var out = ""
        out.reserveCapacity(64 * (rows.count + 1))
        Self.appendLine(header, to: &out)
        for row in rows { Self.appendLine(row, to: &out) }
        return out
    }

    static func appendLine(_ fields: [String], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(",") }
            out.append(quoted(field))
        }
        out.append("\n")
    }

    /// A field quoted when it holds a comma, quote or line break; quotes are doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

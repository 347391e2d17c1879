import Scenario

/// Where each field the import reads sits in a file's lines: from its header line (the
/// default format, or a custom format holding every default field, in any order), or the
/// default format's order for a file without a header (a CloudWatch Logs export).
struct FlowLogHeader: Sendable {
    /// The number of fields on every line of the file.
    let fieldCount: Int
    /// Whether the file had a header line (else the default format's order is assumed).
    let fromHeaderLine: Bool
    /// `columns[field]`: the 0-based column of each default field.
    private let columns: [Int]

    func column(_ field: FlowLogField) -> Int { columns[FlowLogField.allCases.firstIndex(of: field)!] }

    /// The default format, without a header line.
    static let headerless = FlowLogHeader(fieldCount: FlowLogField.defaultFormat.count, fromHeaderLine: false,
                                          columns: Array(FlowLogField.defaultFormat.indices))

    private init(fieldCount: Int, fromHeaderLine: Bool, columns: [Int]) {
        self.fieldCount = fieldCount
        self.fromHeaderLine = fromHeaderLine
        self.columns = columns
    }

    /// Reads a header line (line 1 of `file`); every default field must be named once.
    init(names: [String], file: String) throws(ScenarioError) {
        var found: [FlowLogField: Int] = [:]
        for (column, name) in names.enumerated() {
            guard let field = FlowLogField(headerName: name) else { continue }
            if found[field] != nil {
                throw ScenarioError(at: SourceLocation(file: file, line: 1, column: 1), keyPath: field.rawValue,
                                    "the header names '\(field.rawValue)' twice")
            }
            found[field] = column
        }
        let missing = FlowLogField.allCases.filter { found[$0] == nil }
        guard missing.isEmpty else {
            throw ScenarioError(at: SourceLocation(file: file, line: 1, column: 1), keyPath: missing[0].rawValue,
                                "the header lacks \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")); a flow log must "
                                + "hold every field of the default format (\(FlowLogField.defaultFormat.map(\.rawValue).joined(separator: " ")))")
        }
        self.init(fieldCount: names.count, fromHeaderLine: true, columns: FlowLogField.allCases.map { found[$0]! })
    }

    /// Whether a first line is a header (field names) rather than a record: a record of the
    /// default format starts with its version, a number.
    static func isHeader(_ first: Substring) -> Bool {
        guard let c = first.unicodeScalars.first else { return false }
        return !("0"..."9").contains(c)
    }
}

import Scenario

/// Reading CSV back (RFC 4180, as `rendered()` writes it): merge, resume, reports and plots
/// read the files that runs and sweeps wrote.
extension CSVTable {
    /// A table read from a file, with the line each row starts on, for located errors.
    public struct Parsed: Sendable {
        /// The table.
        public var table: CSVTable
        /// The file the table came from, as named to the user.
        public var file: String
        /// The 1-based line each data row starts on.
        public var rowLines: [Int]

        /// The index of `name` in the header, or an error naming the file and the column.
        public func column(_ name: String) throws(ScenarioError) -> Int {
            guard let index = table.header.firstIndex(of: name) else {
                throw ScenarioError(at: SourceLocation(file: file, line: 1, column: 1), keyPath: name,
                                    "the header has no '\(name)' column; found: \(table.header.joined(separator: ", "))")
            }
            return index
        }

        /// An error about the field of `row` (an index into `table.rows`) in column `column`.
        public func error(row: Int, column: Int, _ message: String) -> ScenarioError {
            let name = table.header.indices.contains(column) ? table.header[column] : ""
            return ScenarioError(at: SourceLocation(file: file, line: rowLines[row], column: 1), keyPath: name, message)
        }
    }

    /// Parses `text`: a header row, then rows with as many fields as the header. Errors
    /// name `file` and the line.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> Parsed {
        var records: [[String]] = []
        var lines: [Int] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var quotedField = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    let after = next()
                    if after == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        pending = after
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !quotedField else {
                    throw ScenarioError(at: SourceLocation(file: file, line: line, column: 1),
                                        "a quote inside an unquoted field; RFC 4180 quotes the whole field")
                }
                inQuotes = true
                quotedField = true
            case ",":
                record.append(field)
                field = ""
                quotedField = false
            case "\r":
                continue
            case "\n":
                record.append(field)
                records.append(record)
                lines.append(recordLine)
                record = []
                field = ""
                quotedField = false
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw ScenarioError(at: SourceLocation(file: file, line: recordLine, column: 1),
                                "a quoted field is not closed before the end of the file")
        }
        if !field.isEmpty || !record.isEmpty || quotedField {
            record.append(field)
            records.append(record)
            lines.append(recordLine)
        }
        guard let header = records.first else {
            throw ScenarioError(at: .wholeFile(file), "the file is empty; expected a CSV header row")
        }
        for (index, row) in records.enumerated().dropFirst() where row.count != header.count {
            throw ScenarioError(at: SourceLocation(file: file, line: lines[index], column: 1),
                                "the row has \(row.count) fields for \(header.count) columns")
        }
        return Parsed(table: CSVTable(header: header, rows: Array(records.dropFirst())), file: file,
                      rowLines: Array(lines.dropFirst()))
    }
}

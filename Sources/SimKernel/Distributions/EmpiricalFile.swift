/// Reads an `empirical(file=...)` distribution. Two layouts, told apart by the first line
/// that is neither blank nor a comment:
///
/// - **samples**: one observation per line (`4.2ms`), drawn uniformly;
/// - **quantiles**: a CSV table whose header is `p,value`, then rows `0.5,4ms` with `p`
///   strictly increasing in [0, 1] and ending at 1, and values nondecreasing; drawn by
///   linear interpolation of the inverse CDF.
///
/// `#` starts a comment, blank lines are ignored. Values carry their unit, or are plain
/// numbers under a header comment `# unit: ms` placed before the first value.
enum EmpiricalFile {
    /// The sampler of `file` (resolved against `directory`), from `tables` when it holds the
    /// file as it is now, else read (and kept in `tables`).
    static func load(_ file: String, relativeTo directory: String?, kind: QuantityKind,
                     tables: EmpiricalTables? = nil) throws(DistributionError) -> Sampler {
        let path = TextFile.resolve(file, relativeTo: directory)
        guard let tables else { return try load(path: path, file: file, kind: kind) }
        return try tables.sampler(path: path, kind: kind) { () throws(DistributionError) -> Sampler in
            try load(path: path, file: file, kind: kind)
        }
    }

    /// Reads and parses the file at `path`, named `file` in errors.
    private static func load(path: String, file: String, kind: QuantityKind) throws(DistributionError) -> Sampler {
        let text: String
        switch TextFile.read(path) {
        case .success(let contents): text = contents
        case .failure(let failure):
            let shown = path == file ? "\"\(file)\"" : "\"\(file)\" (\(path))"
            throw DistributionError("empirical: cannot read file \(shown): \(failure.reason)")
        }
        return try read(text: text, file: file, kind: kind)
    }

    /// The sampler of `text`, the contents of `file` (named in errors).
    static func read(text: String, file: String, kind: QuantityKind) throws(DistributionError) -> Sampler {
        var reader = Reader(file: file, kind: kind)
        return try reader.read(text)
    }

    /// The state of one pass over the file.
    private struct Reader {
        let file: String
        let kind: QuantityKind
        var unit: QuantityUnit? = nil
        var isTable: Bool? = nil
        var samples: [Double] = []
        var probabilities: [Double] = []
        var values: [Double] = []

        init(file: String, kind: QuantityKind) {
            self.file = file
            self.kind = kind
        }

        func failure(_ line: Int, _ message: String) -> DistributionError {
            DistributionError("empirical: \(file) line \(line): \(message)")
        }

        mutating func read(_ text: String) throws(DistributionError) -> Sampler {
            if let table = plainTable(text) { return table }
            var lineNumber = 0
            for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                lineNumber += 1
                var content = Substring(rawLine)
                if let hash = content.firstIndex(of: "#") {
                    try header(String(content[content.index(after: hash)...]), line: lineNumber)
                    content = content[..<hash]
                }
                let line = QuantityLiteral.trimmed(String(content))
                if line.isEmpty { continue }
                try data(line, line: lineNumber)
            }
            return try finish()
        }

        /// The common large file read byte by byte instead of by `Character` (a `Character`
        /// split, a `String` and a Unicode trim per line took most of the time of loading a
        /// scenario with large tables): an ASCII `p,value` table of a duration whose rows are
        /// plain numbers under a `# unit:` line. Each line is what `read` makes of it (split at
        /// line breaks, the comment handed to `header`, spaces and tabs trimmed, which are the
        /// only ASCII whitespace left inside a line) and each row's p and value the same
        /// conversions as `data` and `value` (`Double` of the p's text, the exact decimal
        /// scaled by the unit), so the table is the one `read` builds. Nil for anything else,
        /// and for any row `read` would refuse or read another way: `read` then reads the
        /// text as before, and reports its errors with their lines.
        func plainTable(_ text: String) -> Sampler? {
            guard kind == .duration else { return nil }
            return text.utf8.withContiguousStorageIfAvailable { b -> Sampler? in
                var reader = self
                var probabilities: [Double] = [], values: [Double] = []
                probabilities.reserveCapacity(b.count / 16)
                values.reserveCapacity(b.count / 16)
                let n = b.count
                var i = 0
                while i < n {
                    // The line [i, lineEnd): up to a line break (U+000A ... U+000D).
                    var lineEnd = i
                    while lineEnd < n && !(b[lineEnd] >= 0x0A && b[lineEnd] <= 0x0D) {
                        if b[lineEnd] >= 0x80 { return nil }
                        lineEnd += 1
                    }
                    let lineStart = i
                    i = lineEnd + 1
                    var contentEnd = lineEnd
                    var k = lineStart
                    while k < lineEnd && b[k] != UInt8(ascii: "#") { k += 1 }
                    if k < lineEnd {
                        let comment = String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<lineEnd]), as: UTF8.self)
                        do { try reader.header(comment, line: 0) } catch { return nil }
                        contentEnd = k
                    }
                    var s = lineStart, e = contentEnd
                    while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
                    while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
                    if s == e { continue }
                    guard let isTable = reader.isTable else {
                        // The first value line: the header, spaces and tabs left out, any case.
                        var compact: [UInt8] = []
                        for j in s..<e where b[j] != 0x20 && b[j] != 0x09 {
                            let c = b[j]
                            compact.append(c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 0x20 : c)
                        }
                        guard compact.elementsEqual("p,value".utf8) else { return nil }
                        reader.isTable = true
                        continue
                    }
                    guard isTable, let unit = reader.unit else { return nil }
                    var comma = -1
                    for j in s..<e where b[j] == UInt8(ascii: ",") {
                        guard comma < 0 else { return nil }
                        comma = j
                    }
                    guard comma >= 0 else { return nil }
                    let pBytes = UnsafeBufferPointer(rebasing: b[s..<comma])
                    let vBytes = UnsafeBufferPointer(rebasing: b[(comma + 1)..<e])
                    guard ExactDecimal(plainUTF8: pBytes) != nil,
                          let p = Double(String(decoding: pBytes, as: UTF8.self)),
                          let decimal = ExactDecimal(plainUTF8: vBytes),
                          case .value(let ns) = decimal.scaled(by: unit.factor) else { return nil }
                    guard p >= 0, p <= 1 else { return nil }
                    if let previous = probabilities.last, p <= previous { return nil }
                    let v = Double(ns)
                    if let previous = values.last, v < previous { return nil }
                    probabilities.append(p)
                    values.append(v)
                }
                guard reader.isTable == true, probabilities.last == 1 else { return nil }
                return .empiricalQuantiles(EmpiricalQuantiles(probabilities: probabilities, values: values))
            } ?? nil
        }

        /// A comment; `unit: ms` before the first value sets the unit of plain numbers.
        mutating func header(_ comment: String, line: Int) throws(DistributionError) {
            let body = QuantityLiteral.trimmed(comment)
            guard body.lowercased().hasPrefix("unit:") else { return }
            let symbol = QuantityLiteral.trimmed(String(body.dropFirst(5)))
            if isTable != nil {
                throw failure(line, "the \"# unit:\" line must come before the first value")
            }
            if kind == .number {
                throw failure(line, "\"# unit: \(symbol)\" does not apply: this distribution is of plain numbers")
            }
            guard let unit = QuantityUnit.named(symbol), unit.kind == kind else {
                throw failure(line, "\"\(symbol)\" is not a unit of \(kind.phrase): expected one of \(kind.unitSymbols.joined(separator: ", "))")
            }
            self.unit = unit
        }

        mutating func data(_ text: String, line: Int) throws(DistributionError) {
            if isTable == nil {
                let compact = String(text.filter { $0 != " " && $0 != "\t" }).lowercased()
                if compact == "p,value" { isTable = true; return }
                isTable = false
            }
            if isTable == true {
                let fields = text.split(separator: ",", omittingEmptySubsequences: false)
                guard fields.count == 2 else {
                    throw failure(line, "\"\(text)\" is not a row p,value: expected two fields such as 0.5,4ms")
                }
                let p: Double
                if ExactDecimal(plain: fields[0]) != nil, let plain = Double(fields[0]) {
                    p = plain   // what parseNumber gives for a plain number, without its general parser
                } else {
                    do { p = try Quantity.parseNumber(String(fields[0])) } catch {
                        throw failure(line, "p: \(error.message)")
                    }
                }
                guard p >= 0, p <= 1 else { throw failure(line, "p=\(fields[0]) is outside [0, 1]") }
                if let previous = probabilities.last, p <= previous {
                    throw failure(line, "p=\(DecimalFormatting.plain(p)) does not increase (previous row has p=\(DecimalFormatting.plain(previous)))")
                }
                let v = try value(String(fields[1]), line: line)
                if let previous = values.last, v < previous {
                    throw failure(line, "value \(QuantityLiteral.trimmed(String(fields[1]))) is below the previous row's: quantiles never decrease")
                }
                probabilities.append(p)
                values.append(v)
            } else {
                samples.append(try value(text, line: line))
            }
        }

        /// One value in base units; a plain number takes the header's unit.
        func value(_ raw: String, line: Int) throws(DistributionError) -> Double {
            // A plain number of a duration under a "# unit:" header: the exact decimal
            // conversion of SimTime(parsing:), without its general parser (anything else,
            // and any value it would refuse, takes the full path below and its message).
            if kind == .duration, let unit, let decimal = ExactDecimal(plain: raw[...]),
               case .value(let ns) = decimal.scaled(by: unit.factor) {
                return Double(ns)
            }
            var text = QuantityLiteral.trimmed(raw)
            if let unit, let last = text.unicodeScalars.last, last >= "0", last <= "9" {
                text += unit.symbol
            }
            do {
                return try Quantity(parsing: text, kind: kind).baseValue
            } catch {
                let hint = kind != .number && unit == nil && error.message.contains("has no unit")
                    ? " (or put a \"# unit: \(kind.exampleUnit)\" line before the values)" : ""
                throw failure(line, error.message + hint)
            }
        }

        func finish() throws(DistributionError) -> Sampler {
            if isTable == true {
                guard let lastP = probabilities.last else {
                    throw DistributionError("empirical: \(file): the table has a p,value header but no rows")
                }
                guard lastP == 1 else {
                    throw DistributionError("empirical: \(file): the last row has p=\(DecimalFormatting.plain(lastP)): expected the table to end at p=1, so that it covers every draw")
                }
                return .empiricalQuantiles(EmpiricalQuantiles(probabilities: probabilities, values: values))
            }
            guard !samples.isEmpty else {
                throw DistributionError("empirical: \(file) has no values: expected one value per line, or a p,value table")
            }
            guard samples.count <= Int(UInt32.max) else {
                throw DistributionError("empirical: \(file) has more than \(UInt32.max) values")
            }
            return .empiricalSamples(EmpiricalSamples(values: samples))
        }
    }
}

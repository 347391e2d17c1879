extension DistributionSpec {
    /// Parses the text form `name(param=value, ...)` or a bare quantity (a constant).
    /// `directory` resolves relative `empirical(file=...)` paths (the scenario's folder);
    /// `tables`, when given, reads each such file once across many parses (`EmpiricalTables`).
    ///
    /// A value may be quoted (`file="my data.csv"`) to hold commas, parentheses or spaces.
    public static func parse(_ text: String, kind: QuantityKind, relativeTo directory: String? = nil,
                             tables: EmpiricalTables? = nil) throws(DistributionError) -> DistributionSpec {
        let trimmed = QuantityLiteral.trimmed(text)
        let expected = "a distribution such as \(exampleDistribution(kind)) or a bare quantity such as \(kind.exampleValue)"
        guard !trimmed.isEmpty else { throw DistributionError("empty distribution: expected \(expected)") }

        guard let open = trimmed.firstIndex(of: "(") else {
            if let family = DistributionFamily(rawValue: trimmed) {
                throw DistributionError("\(family.rawValue) needs its parameters: expected \(family.usage)")
            }
            if trimmed.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" }),
               QuantityUnit.named(trimmed) == nil {
                throw DistributionError("unknown distribution \"\(trimmed)\": expected one of \(DistributionFamily.namesList)")
            }
            do {
                return constant(try Quantity(parsing: trimmed, kind: kind))
            } catch {
                throw DistributionError("\(error.message), or \(shapeOfDistribution)")
            }
        }
        let name = QuantityLiteral.trimmed(String(trimmed[..<open]))
        guard trimmed.hasSuffix(")") else {
            throw DistributionError("\"\(trimmed)\" does not end with \")\": expected \(expected)")
        }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let pieces = try splitArguments(inner, in: trimmed)
        var parameters: [(String, String)] = []
        for piece in pieces {
            guard let equals = piece.firstIndex(of: "=") else {
                throw DistributionError("\"\(piece)\" in \"\(trimmed)\" is not of the form param=value: expected \(usage(of: name))")
            }
            let key = String(piece[..<equals])
            let value = try unquote(QuantityLiteral.trimmed(String(piece[piece.index(after: equals)...])), in: trimmed)
            parameters.append((key, value))
        }
        return try parse(name: name, parameters: parameters, kind: kind, relativeTo: directory, tables: tables)
    }

    /// Builds a distribution from its family name and `(parameter, value)` pairs, each value
    /// written as in the text form (`4ms`, `2.5`, `zero`, a file path). This is what the
    /// scenario's map form `{dist: lognormal, median: 4ms, p99: 30ms}` turns into.
    public static func parse(name: String, parameters: [(String, String)], kind: QuantityKind,
                             relativeTo directory: String? = nil,
                             tables: EmpiricalTables? = nil) throws(DistributionError) -> DistributionSpec {
        let trimmedName = QuantityLiteral.trimmed(name)
        guard let family = DistributionFamily(rawValue: trimmedName) else {
            throw DistributionError("unknown distribution \"\(trimmedName)\": expected one of \(DistributionFamily.namesList)")
        }
        let reader = try ParameterReader(family: family, kind: kind, parameters: parameters)
        return try build(reader, relativeTo: directory, tables: tables)
    }

    private static let shapeOfDistribution = "a distribution written name(param=value, ...)"

    private static func exampleDistribution(_ kind: QuantityKind) -> String {
        switch kind {
        case .duration: return "lognormal(median=4ms, p99=30ms)"
        case .size: return "lognormal(median=2KiB, p99=64KiB)"
        case .rate: return "uniform(min=1/s, max=10/s)"
        case .number: return "uniform(min=0, max=1)"
        }
    }

    private static func usage(of name: String) -> String {
        DistributionFamily(rawValue: QuantityLiteral.trimmed(name))?.usage ?? shapeOfDistribution
    }

    /// Splits at commas outside quotes; `()` is no parameters, an empty piece is an error.
    private static func splitArguments(_ inner: Substring, in text: String) throws(DistributionError) -> [String] {
        if QuantityLiteral.trimmed(String(inner)).isEmpty { return [] }
        var pieces: [String] = []
        var current = ""
        var quote: Character? = nil
        for c in inner {
            if let q = quote {
                if c == q { quote = nil }
                current.append(c)
            } else if c == "\"" || c == "'" {
                quote = c
                current.append(c)
            } else if c == "," {
                pieces.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if quote != nil { throw DistributionError("\"\(text)\" has an unclosed quote") }
        pieces.append(current)
        var result: [String] = []
        for piece in pieces {
            let t = QuantityLiteral.trimmed(piece)
            if t.isEmpty { throw DistributionError("\"\(text)\" has an empty parameter between commas") }
            result.append(t)
        }
        return result
    }

    private static func unquote(_ value: String, in text: String) throws(DistributionError) -> String {
        guard let first = value.first, first == "\"" || first == "'" else { return value }
        guard value.count >= 2, value.last == first else {
            throw DistributionError("\"\(text)\": a quoted value must end with its quote: \(value)")
        }
        return String(value.dropFirst().dropLast())
    }

    /// `value` quoted when it could not be read back unquoted.
    static func quotedIfNeeded(_ value: String) -> String {
        let special: Set<Character> = [",", "(", ")", "\"", "'", " ", "\t", "="]
        guard value.contains(where: { special.contains($0) }) || value.isEmpty else { return value }
        return value.contains("\"") ? "'\(value)'" : "\"\(value)\""
    }
}

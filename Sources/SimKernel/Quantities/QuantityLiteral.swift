/// The text of one quantity split into its number and its unit, checked against the kind
/// that was expected. Every quantity parser starts here, so all give the same messages.
struct QuantityLiteral {
    /// The text as the user wrote it (trimmed), for messages.
    let text: String
    /// True for a leading `-`; only plain numbers may be negative.
    let negative: Bool
    /// The number's digits, exact.
    let decimal: ExactDecimal
    /// The number as written (with its sign), for conversion to `Double`.
    let numberText: String
    /// The unit; nil for a plain number.
    let unit: QuantityUnit?

    /// Splits `rawText` and checks that its unit belongs to `kind`.
    init(_ rawText: String, kind: QuantityKind) throws(QuantityError) {
        let text = QuantityLiteral.trimmed(rawText)
        self.text = text
        let expected = "expected \(kind.expectation)"
        guard !text.isEmpty else { throw QuantityError("empty value: \(expected)") }

        let chars = Array(text.unicodeScalars)
        var i = 0
        let negative = chars[0] == "-"
        if negative { i = 1 }
        var integerText = ""
        while i < chars.count, QuantityLiteral.isDigit(chars[i]) { integerText.unicodeScalars.append(chars[i]); i += 1 }
        var fractionText = ""
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, QuantityLiteral.isDigit(chars[i]) { fractionText.unicodeScalars.append(chars[i]); i += 1 }
            if fractionText.isEmpty || integerText.isEmpty {
                throw QuantityError("\"\(text)\" is not a number: write digits on both sides of the point (0.5, not .5 or 5.): \(expected)")
            }
        }
        guard !integerText.isEmpty else {
            throw QuantityError("\"\(text)\" has no number: \(expected)")
        }
        let numberEnd = i
        // Trailing zeros after the point carry no value; dropping them keeps `1.500000000000000000000s` exact.
        while fractionText.hasSuffix("0") { fractionText.removeLast() }
        guard let integerPart = QuantityLiteral.accumulate(integerText, into: 0) else {
            throw QuantityError("\"\(text)\" is too large: \(expected)")
        }
        guard let mantissa = QuantityLiteral.accumulate(fractionText, into: integerPart) else {
            throw QuantityError("\"\(text)\" has more than 19 significant digits: \(expected)")
        }
        let numberText = String(String.UnicodeScalarView(chars[0..<numberEnd]))
        let unitText = QuantityLiteral.trimmed(String(String.UnicodeScalarView(chars[numberEnd...])))

        self.negative = negative
        self.decimal = ExactDecimal(mantissa: mantissa, fractionDigits: fractionText.count)
        self.numberText = numberText
        self.unit = try QuantityLiteral.resolveUnit(unitText, of: text, kind: kind)

        if negative, kind != .number {
            throw QuantityError("\"\(text)\" is negative: expected \(kind.phrase) of zero or more, such as \(kind.exampleValue)")
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// `start` followed by the decimal `digits`, or nil past `UInt64.max`.
    private static func accumulate(_ digits: String, into start: UInt64) -> UInt64? {
        var value = start
        for scalar in digits.unicodeScalars {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(scalar.value - 48))
            if o1 || o2 { return nil }
            value = sum
        }
        return value
    }

    private static func resolveUnit(_ unitText: String, of text: String,
                                    kind: QuantityKind) throws(QuantityError) -> QuantityUnit? {
        let expected = "expected \(kind.expectation)"
        if unitText.isEmpty {
            if kind == .number { return nil }
            throw QuantityError("\"\(text)\" has no unit: \(expected)")
        }
        if let unit = QuantityUnit.named(unitText) {
            if kind == .number {
                throw QuantityError("\"\(text)\" is \(unit.kind.phrase), not a plain number: \(expected)")
            }
            guard unit.kind == kind else {
                throw QuantityError("\"\(text)\" is \(unit.kind.phrase), not \(kind.phrase): \(expected)")
            }
            return unit
        }
        let suggestions = QuantityUnit.caseInsensitiveMatches(unitText, kind: kind)
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map(\.symbol).joined(separator: " or "))?)"
        throw QuantityError("\"\(text)\" has unknown unit \"\(unitText)\"\(hint): \(expected)")
    }

    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

/// Exact decimal printing of fractions and of doubles, shared by the quantity types.
enum DecimalFormatting {
    /// `value / divisor` as a decimal with at most `maxFractionDigits` digits after the
    /// point, or nil when it needs more (or does not terminate).
    static func exactQuotient(_ value: UInt64, _ divisor: UInt64, maxFractionDigits: Int) -> String? {
        let whole = value / divisor
        var remainder = value % divisor
        var fraction = ""
        while remainder != 0 {
            if fraction.count == maxFractionDigits { return nil }
            // remainder < divisor <= 2^47, so the product cannot overflow.
            remainder *= 10
            fraction.append(Character(String(remainder / divisor)))
            remainder %= divisor
        }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }

    /// A finite double as a plain decimal (`0.00001`, not `1e-05`; `5`, not `5.0`) with the
    /// shortest digits that read back as the same double.
    static func plain(_ x: Double) -> String {
        guard x.isFinite else { return x.description }
        if x == 0 { return "0" }
        let text = x.description // shortest round-trip digits, maybe with an exponent
        var negative = false
        var digits = ""
        var integerDigits = 0
        var seenPoint = false
        var exponent = 0
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "-" { negative = true } else if c == "." { seenPoint = true } else if c == "e" || c == "E" {
                exponent = Int(String(text[text.index(after: index)...].filter { $0 != "+" })) ?? 0
                break
            } else {
                digits.append(c)
                if !seenPoint { integerDigits += 1 }
            }
            index = text.index(after: index)
        }
        let point = integerDigits + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count)
        } else {
            let split = digits.index(digits.startIndex, offsetBy: point)
            result = digits[..<split] + "." + digits[split...]
        }
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        while result.count > 1, result.hasPrefix("0"), !result.hasPrefix("0.") { result.removeFirst() }
        return negative ? "-" + result : result
    }
}

/// A non-negative decimal number as written, `mantissa / 10^fractionDigits`, kept exact.
///
/// Quantities are converted to base units with integer arithmetic only, so `0.1s` is exactly
/// 100 000 000 ns; a binary `Double` would make it 99 999 999.99... and round.
struct ExactDecimal: Hashable, Sendable {
    /// The digits without the decimal point, trailing fractional zeros removed.
    var mantissa: UInt64
    /// How many of the mantissa's digits follow the decimal point.
    var fractionDigits: Int

    /// The outcome of converting to a whole number of base units.
    enum Scaled: Equatable {
        case value(Int64)
        /// The quantity is not a whole number of base units (`0.5ns`).
        case notWhole
        /// The quantity exceeds `Int64.max` base units.
        case overflow
    }

    /// `self * factor` as a whole number; `factor` must be positive.
    ///
    /// Cancels the factors 2 and 5 of the denominator `10^fractionDigits` against the
    /// numerator first, so tiny exact values such as `0.000976562…KiB` still convert.
    func scaled(by factor: Int64) -> Scaled {
        var twos = fractionDigits, fives = fractionDigits
        var f = UInt64(factor), m = mantissa
        while twos > 0, f % 2 == 0 { f /= 2; twos -= 1 }
        while fives > 0, f % 5 == 0 { f /= 5; fives -= 1 }
        while twos > 0, m % 2 == 0, m != 0 { m /= 2; twos -= 1 }
        while fives > 0, m % 5 == 0, m != 0 { m /= 5; fives -= 1 }
        if m == 0 { return .value(0) }
        if twos > 0 || fives > 0 { return .notWhole }
        let (product, overflow) = m.multipliedReportingOverflow(by: f)
        if overflow || product > UInt64(Int64.max) { return .overflow }
        return .value(Int64(product))
    }
}

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

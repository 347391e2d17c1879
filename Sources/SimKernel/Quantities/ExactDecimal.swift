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

extension SimTime: CustomStringConvertible {
    /// The span in the largest unit that shows it exactly with at most three decimals
    /// (`1.5ms`, `90s` → `1.5m`, `86400s` → `1d`, `1234.567ms`), falling back to whole
    /// nanoseconds. `SimTime(parsing: t.description) == t` for every non-negative `t`;
    /// negative spans (differences) print with a leading `-`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let magnitude = nanoseconds.magnitude
        let sign = nanoseconds < 0 ? "-" : ""
        return sign + QuantityUnit.shortestExact(magnitude, kind: .duration)
    }
}

extension QuantityUnit {
    /// `value` base units in the largest unit of `kind` not above it that prints exactly
    /// with at most three decimals; the base unit otherwise. For durations and sizes.
    static func shortestExact(_ value: UInt64, kind: QuantityKind) -> String {
        let units = all.filter { $0.kind == kind }.sorted { $0.factor > $1.factor }
        for unit in units where UInt64(unit.factor) <= value {
            if let text = DecimalFormatting.exactQuotient(value, UInt64(unit.factor), maxFractionDigits: 3) {
                return text + unit.symbol
            }
        }
        // The base unit (factor 1) always prints exactly; reached for a zero value only.
        return String(value) + (units.last?.symbol ?? "")
    }
}

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

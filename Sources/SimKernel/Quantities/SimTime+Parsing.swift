extension SimTime {
    /// Parses `250ms`, `1.5s`, `2d`, `5 ms`, ... exactly into nanoseconds.
    ///
    /// The conversion is decimal and exact (`0.1s` is 100 000 000 ns, never a rounded double).
    /// Errors, each saying what was expected: no unit, an unknown unit or one of another kind
    /// (`2KiB`), a negative value, a value that is not a whole number of nanoseconds
    /// (`0.5ns`), and a value past `Int64.max` nanoseconds (about 292 years).
    public init(parsing text: String) throws(QuantityError) {
        let literal = try QuantityLiteral(text, kind: .duration)
        // A duration literal always has a unit.
        let factor = literal.unit?.factor ?? 1
        switch literal.decimal.scaled(by: factor) {
        case .value(let ns):
            self.init(nanoseconds: ns)
        case .notWhole:
            throw QuantityError("\"\(literal.text)\" is not a whole number of nanoseconds: simulated time counts whole nanoseconds, so write e.g. 1ns or 0.001us")
        case .overflow:
            throw QuantityError("\"\(literal.text)\" is too large: durations must be below 106752d (2^63 ns, about 292 years)")
        }
    }
}

extension Rate {
    /// Parses `200/s`, `5/m`, `0.5/h` (spaces before the unit allowed: `200 /s`).
    ///
    /// The count is read as the double nearest the decimal written; the unit is kept so the
    /// rate prints back as written. Zero is a valid rate (no events); negative rates, missing
    /// or foreign units are errors that say what was expected.
    public init(parsing text: String) throws(QuantityError) {
        let literal = try QuantityLiteral(text, kind: .rate)
        guard let symbol = literal.unit?.symbol, let unit = Unit(rawValue: symbol),
              let count = Double(literal.numberText), count.isFinite else {
            throw QuantityError("\"\(literal.text)\" is too large: expected \(QuantityKind.rate.expectation)")
        }
        self.init(count: count, unit: unit)
    }
}

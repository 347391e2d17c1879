/// One bundled price with its unit, source, date and confidence: the single place where a
/// price is defined.
public struct PriceFact: Sendable, Hashable {
    /// The scenario key.
    public let key: PriceKey
    /// The value (US dollars, or the unit named in `unit`).
    public let value: Double
    /// What the value is per, e.g. "USD per GB" or "GB".
    public let unit: String
    /// Where it comes from (aws-facts.md §4 and the sources it cites).
    public let source: String
    /// The date of the source.
    public let asOf: String
    /// Sourced, unconfirmed (⚠ in aws-facts.md) or a convention.
    public let status: PriceStatus
    /// What the price covers and how vpcsim applies it.
    public let note: String
    /// True when the value divides (hours per month, the NLCU dimensions), so an override
    /// must be > 0 rather than ≥ 0.
    public let divides: Bool

    /// A bundled price and its provenance.
    public init(_ key: PriceKey, _ value: Double, unit: String, source: String, asOf: String,
                status: PriceStatus = .sourced, note: String = "", divides: Bool = false) {
        self.key = key
        self.value = value
        self.unit = unit
        self.source = source
        self.asOf = asOf
        self.status = status
        self.note = note
        self.divides = divides
    }
}

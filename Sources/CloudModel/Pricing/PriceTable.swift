/// The prices in force for one run: a catalog's bundled values (`PriceCatalog`), each
/// overridable by its scenario key. Read a price by its key: `prices[.nlbHour]`.
///
/// The full table (every design's prices) is `PriceTable.listPrices` in the Strategies
/// module, which assembles the catalog; CloudModel code that needs prices receives a table.
/// Monetary values are US dollars; "GB" is as AWS bills it.
public struct PriceTable: Sendable, Equatable {
    /// The catalog the table was made from: its keys, defaults and sources.
    public let catalog: PriceCatalog
    private var values: [PriceKey: Double]

    /// The bundled values of `catalog`.
    public init(catalog: PriceCatalog) {
        self.catalog = catalog
        var values: [PriceKey: Double] = [:]
        for fact in catalog.facts { values[fact.key] = fact.value }
        self.values = values
    }

    /// The value in force for `key`, which must be in the table's catalog.
    public subscript(key: PriceKey) -> Double {
        get {
            guard let value = values[key] else { preconditionFailure("price \(key) is not in the catalog") }
            return value
        }
        set {
            precondition(values[key] != nil, "price \(key) is not in the catalog")
            values[key] = newValue
        }
    }

    /// Overrides one price by its scenario key. Values must be finite and ≥ 0; prices that
    /// divide (hours per month, the NLCU dimensions: `PriceFact.divides`) must be > 0.
    public mutating func set(_ key: String, to value: Double) throws(PriceError) {
        let priceKey = try catalog.key(named: key)
        let mustBePositive = catalog.fact(priceKey)?.divides ?? false
        guard value.isFinite, mustBePositive ? value > 0 : value >= 0 else {
            throw PriceError(key: key, reason: .invalidValue(value, expected: mustBePositive
                ? "a finite number > 0" : "a finite number ≥ 0 (US dollars)"))
        }
        self[priceKey] = value
    }
}

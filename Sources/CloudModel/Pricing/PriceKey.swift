/// The name of one price or pricing constant, as a scenario would override it
/// (`nlb_hour`). A name only: the value, unit and source are in the `PriceFact` that
/// defines it, in the shared list (`SharedPrices`) or in the design that uses it.
///
/// Each constant (`PriceKey.hoursPerMonth`, `PriceKey.nlbHour`, ...) is declared next to its
/// fact, so nothing outside a design's folder needs to spell a design's prices.
public struct PriceKey: Hashable, Sendable, CustomStringConvertible {
    /// The scenario key, e.g. `nlb_hour`.
    public let name: String

    /// The price named `name`; only the file that defines the price's fact calls this.
    public init(_ name: String) { self.name = name }

    /// The scenario key.
    public var description: String { name }
}

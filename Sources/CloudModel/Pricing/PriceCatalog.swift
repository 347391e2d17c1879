/// A list of bundled prices, one `PriceFact` per `PriceKey`, in a fixed order: the shared
/// list (`SharedPrices.facts`) alone, or the full catalog that the Strategies module
/// assembles from it and every registered design's own prices (`DesignRegistry.priceCatalog`).
public struct PriceCatalog: Sendable, Equatable {
    /// The facts, in catalog order.
    public let facts: [PriceFact]
    private let index: [PriceKey: Int]

    /// A catalog of `facts`; each key must appear once (a price is defined in one place).
    public init(_ facts: [PriceFact]) {
        self.facts = facts
        var index: [PriceKey: Int] = [:]
        for (i, fact) in facts.enumerated() {
            precondition(index[fact.key] == nil, "price \(fact.key) is defined twice")
            index[fact.key] = i
        }
        self.index = index
    }

    /// Every key, in catalog order.
    public var keys: [PriceKey] { facts.map(\.key) }

    /// The fact for `key`, or nil when the catalog has no such price.
    public func fact(_ key: PriceKey) -> PriceFact? { index[key].map { facts[$0] } }

    /// The key named `name` (a scenario key); an unknown name fails with the closest valid
    /// key suggested.
    public func key(named name: String) throws(PriceError) -> PriceKey {
        let key = PriceKey(name)
        guard index[key] != nil else {
            throw PriceError(key: name, reason: .unknownKey(
                suggestion: EditDistance.closest(to: name, among: facts.map(\.key.name)) ?? ""))
        }
        return key
    }

    public static func == (a: PriceCatalog, b: PriceCatalog) -> Bool { a.facts == b.facts }
}

import CloudModel

/// What a user can know about one design without reading its code: its name, its sentence,
/// and the names it adds to the scenario language and the outputs. Derived from the design's
/// own definitions, so `vpcsim designs` and the documentation cannot drift from the code.
public struct DesignDescription: Sendable, Equatable {
    /// The scenario name (`strategies:`, `--strategies`, the `strategy` column).
    public var name: String
    /// The design in one sentence.
    public var summary: String
    /// Its `control_plane:` delay keys with their defaults and sources.
    public var delays: [DelayDefinition]
    /// Its `latency:` hop keys.
    public var hops: [String]
    /// The AWS API calls it makes, as AWS names them.
    public var operations: [String]
    /// Its own prices, with values and sources (the shared ones are `SharedPrices.facts`).
    public var prices: [PriceFact]
    /// Its own `quotas:` keys, with defaults and sources (the shared ones are `SharedQuotas`).
    public var quotas: [QuotaDefinition]

    /// The description of `design`, read from its definitions.
    public init<Design: ConnectivityStrategy>(_ design: Design.Type) {
        name = Design.kind.rawValue
        summary = Design.summary
        delays = Design.TimedOperation.allCases.compactMap(\.definition)
        hops = Design.hops.map(\.key)
        operations = Design.Operation.allCases.map(\.name)
        prices = Design.prices
        quotas = Design.quotas
    }
}

extension DesignRegistry {
    /// Every design's description, in registry order.
    public static var descriptions: [DesignDescription] { designs.map { DesignDescription($0) } }
}

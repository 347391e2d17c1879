import CloudModel
import Strategies

/// The quota values that charts draw as lines and reports compare against, recorded in
/// manifests so a result folder can be read on a machine without the scenario: the shared
/// `routes_per_route_table` and each design's `chartedQuotas`, by scenario key. Nil means
/// unlimited (a what-if setting).
public struct QuotaMarks: Equatable, Sendable, Codable {
    /// Value per quota key; a key with a nil value is unlimited, a key absent was not recorded.
    public var values: [String: Int?]

    /// The quotas recorded: the shared one drawn on route charts, then each design's.
    public static var recorded: [QuotaKey] { [.routesPerRouteTable] + DesignRegistry.designs.flatMap { $0.chartedQuotas } }

    public init(values: [String: Int?]) {
        self.values = values
    }

    /// The values in force in `quotas`.
    public init(_ quotas: QuotaSet) {
        var values: [String: Int?] = [:]
        for key in Self.recorded { values[key.name] = .some(quotas[key].value.map { Int($0) }) }
        self.init(values: values)
    }

    /// The documented maxima (`DesignRegistry.quotaCatalog`): what a folder without recorded quotas
    /// is drawn against.
    public static var catalogMaximum: QuotaMarks { QuotaMarks(.maximum) }

    /// The value of `key`; nil when unlimited or not recorded.
    public subscript(key: QuotaKey) -> Int? { values[key.name] ?? nil }

    /// Non-propagated routes per route table (AWS maximum 1,000).
    public var routesPerRouteTable: Int? { self[.routesPerRouteTable] }

    /// The first of `strategies` whose VPC count these quotas bound, with its limit.
    public func vpcLimit(among strategies: [StrategyKind]) -> DesignVPCLimit? {
        for strategy in strategies {
            if let limit = strategy.strategyType.vpcLimit({ self[$0] }) { return limit }
        }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: Int?].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}

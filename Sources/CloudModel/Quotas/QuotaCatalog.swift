/// A list of quota definitions, one per `QuotaKey`, in a fixed order: the shared list
/// (`SharedQuotas.definitions`) alone, or the full catalog that the Strategies module
/// assembles from it and every registered design's own quotas (`DesignRegistry.quotaCatalog`).
public struct QuotaCatalog: Sendable, Equatable {
    /// AWS's product rule for security groups: (rules per security group) × (security groups
    /// per network interface) ≤ 1,000 (aws-facts.md §1.1, amazon-vpc-limits.html copy of 2026-09-26).
    public static let securityGroupRuleProductLimit: Int64 = 1_000

    /// The definitions, in catalog order.
    public let definitions: [QuotaDefinition]
    private let index: [QuotaKey: Int]

    /// A catalog of `definitions`; each key must appear once (a quota is defined in one place).
    public init(_ definitions: [QuotaDefinition]) {
        self.definitions = definitions
        var index: [QuotaKey: Int] = [:]
        for (i, definition) in definitions.enumerated() {
            precondition(index[definition.key] == nil, "quota \(definition.key) is defined twice")
            index[definition.key] = i
        }
        self.index = index
    }

    /// Every key, in catalog order.
    public var keys: [QuotaKey] { definitions.map(\.key) }

    /// The definition of `key`, or nil when the catalog has no such quota.
    public func definition(_ key: QuotaKey) -> QuotaDefinition? { index[key].map { definitions[$0] } }

    /// The key named `name` (a scenario key); an unknown name fails with the closest valid
    /// key suggested.
    public func key(named name: String) throws(QuotaError) -> QuotaKey {
        let key = QuotaKey(name)
        guard index[key] != nil else {
            throw QuotaError(subject: name, reason: .unknownKey(
                suggestion: EditDistance.closest(to: name, among: definitions.map(\.key.name)) ?? ""))
        }
        return key
    }

    public static func == (a: QuotaCatalog, b: QuotaCatalog) -> Bool { a.definitions == b.definitions }
}

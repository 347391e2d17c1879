/// One AWS quota as documented: its default, the maximum an increase can reach, and where
/// the numbers come from.
public struct QuotaDefinition: Sendable, Hashable {
    /// The scenario key.
    public let key: QuotaKey
    /// AWS's name for the quota (as in Service Quotas or the docs).
    public let awsName: String
    /// The Service Quotas code (e.g. `L-7E9ECCDB`), where aws-facts.md gives one.
    public let quotaCode: String?
    /// What one unit is counted against ("per VPC", "per route table, per address family").
    public let scope: String
    /// Count or seconds.
    public let unit: QuotaUnit
    /// The value a new account has.
    public let defaultValue: Int64
    /// The highest value AWS documents for an increase. When AWS publishes none, or the
    /// quota is not adjustable, this equals the default and `maximumIsPublished` is false.
    public let maximum: QuotaLimit
    /// True when AWS documents the maximum (e.g. 125 for peerings per VPC).
    public let maximumIsPublished: Bool
    /// Whether AWS lets customers request an increase.
    public let adjustable: Bool
    /// Where the numbers come from (see aws-facts.md).
    public let source: String
    /// The date of the source version the numbers were taken from.
    public let asOf: String
    /// Caveats: older values, interactions with other quotas, how vpcsim applies it.
    public let note: String

    /// A quota definition; omit `maximum` when AWS publishes none (it then equals the default).
    public init(_ key: QuotaKey, awsName: String, code: String? = nil, scope: String, unit: QuotaUnit = .count,
                defaultValue: Int64, maximum: QuotaLimit? = nil, adjustable: Bool,
                source: String, asOf: String, note: String = "") {
        self.key = key
        self.awsName = awsName
        self.quotaCode = code
        self.scope = scope
        self.unit = unit
        self.defaultValue = defaultValue
        self.maximum = maximum ?? .limited(defaultValue)
        self.maximumIsPublished = maximum != nil
        self.adjustable = adjustable
        self.source = source
        self.asOf = asOf
        self.note = note
    }

    /// The value this quota takes under a preset, before the security-group product rule.
    public func value(under preset: QuotaPreset) -> QuotaLimit {
        preset == .awsDefaults ? .limited(defaultValue) : maximum
    }
}

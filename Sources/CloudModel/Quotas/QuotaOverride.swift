/// One `key: value` line of a scenario's `quotas:` section, before validation.
public struct QuotaOverride: Hashable, Sendable {
    /// The key as written (validated by `QuotaSet`).
    public let key: String
    /// The number (seconds for a time quota) or `unlimited`.
    public let limit: QuotaLimit

    /// The setting `key: limit`.
    public init(key: String, limit: QuotaLimit) {
        self.key = key
        self.limit = limit
    }
}

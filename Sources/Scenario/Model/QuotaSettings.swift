// PENDING: replaced by CloudModel's quota catalog (QuotaSet) when the `cloudmodel` branch lands.
/// The AWS quotas a scenario runs under (`quotas:`).
public struct QuotaSettings: Equatable, Sendable {
    /// The starting values of every quota.
    public enum Preset: String, CaseIterable, Sendable {
        /// The highest value a quota increase can reach: where a design really breaks.
        case maximum
        /// The value a new account gets.
        case awsDefaults = "aws-defaults"
    }

    /// A quota's value.
    public enum Limit: Equatable, Sendable {
        case value(Int)
        /// No limit, for what-if studies.
        case unlimited
    }

    /// Default: `maximum` (DESIGN.md, "Quotas").
    public var preset: Preset
    /// Single quotas set by name, in file order.
    public var values: [(name: String, limit: Limit)]

    public init(preset: Preset = .maximum, values: [(name: String, limit: Limit)] = []) {
        self.preset = preset
        self.values = values
    }

    public static func == (a: QuotaSettings, b: QuotaSettings) -> Bool {
        a.preset == b.preset && a.values.map(\.name) == b.values.map(\.name)
            && a.values.map(\.limit) == b.values.map(\.limit)
    }
}

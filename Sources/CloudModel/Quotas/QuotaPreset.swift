/// The starting point of a scenario's quotas, before per-key overrides.
///
/// A study asks where a design breaks, so the default preset is `maximum`: every quota at
/// the highest value a quota increase can reach (DESIGN.md, "Quotas").
public enum QuotaPreset: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Each quota at the maximum AWS documents for an increase (its default when AWS
    /// publishes no maximum or the quota is not adjustable).
    case maximum
    /// Each quota at AWS's out-of-the-box default.
    case awsDefaults = "aws-defaults"

    /// The scenario spelling: `maximum` or `aws-defaults`.
    public var description: String { rawValue }

    /// Reads a preset name; an unknown name fails with the closest valid one suggested.
    public init(parsing text: String) throws(QuotaError) {
        guard let preset = QuotaPreset(rawValue: text) else {
            throw QuotaError(subject: text, reason: .unknownPreset(
                suggestion: EditDistance.closest(to: text, among: QuotaPreset.allCases.map(\.rawValue)) ?? ""))
        }
        self = preset
    }
}

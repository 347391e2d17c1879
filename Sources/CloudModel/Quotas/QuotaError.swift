/// Why a scenario's `quotas:` section could not be resolved.
public struct QuotaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// No quota has this key; `suggestion` is the closest valid key by edit distance.
        case unknownKey(suggestion: String)
        /// No preset has this name; `suggestion` is the closest valid name.
        case unknownPreset(suggestion: String)
        /// A quota was set to a negative number.
        case negativeValue(Int64)
        /// The same key was set twice.
        case duplicateKey
    }

    /// The key or preset name as given.
    public let subject: String
    /// What went wrong.
    public let reason: Reason

    /// An error about the key or preset `subject`.
    public init(subject: String, reason: Reason) {
        self.subject = subject
        self.reason = reason
    }

    /// A one-line explanation saying what was expected.
    public var message: String {
        switch reason {
        case .unknownKey(let suggestion):
            return "unknown quota '\(subject)'; did you mean '\(suggestion)'?"
        case .unknownPreset(let suggestion):
            return "unknown quota preset '\(subject)'; did you mean '\(suggestion)'? "
                + "(expected one of: \(QuotaPreset.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .negativeValue(let v):
            return "quota \(subject) = \(v); expected a number ≥ 0 or 'unlimited'"
        case .duplicateKey:
            return "quota \(subject) is set more than once"
        }
    }

    public var description: String { message }
}

/// Why a price override could not be applied.
public struct PriceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// No price has this key; `suggestion` is the closest valid key.
        case unknownKey(suggestion: String)
        /// The value is negative or not finite (or zero where a divisor is needed).
        case invalidValue(Double, expected: String)
    }

    /// The key as given.
    public let key: String
    /// What went wrong.
    public let reason: Reason

    /// An error about the price `key`.
    public init(key: String, reason: Reason) {
        self.key = key
        self.reason = reason
    }

    /// A one-line explanation saying what was expected.
    public var message: String {
        switch reason {
        case .unknownKey(let suggestion):
            return "unknown price '\(key)'; did you mean '\(suggestion)'?"
        case .invalidValue(let value, let expected):
            return "price \(key) = \(value); expected \(expected)"
        }
    }

    public var description: String { message }
}

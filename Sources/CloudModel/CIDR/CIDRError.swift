/// Why a text could not be read as an IP address or CIDR block.
///
/// `message` is meant for the user: it quotes the input and says what was expected,
/// e.g. "10.1.2.0/16 has host bits set; did you mean 10.1.0.0/16?".
public struct CIDRError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of malformed input.
    public enum Reason: Equatable, Sendable {
        /// The text was empty (or only spaces).
        case empty
        /// A block was expected but the text has no `/prefix` part.
        case missingPrefixLength
        /// The part after `/` is not a decimal number.
        case malformedPrefixLength(String)
        /// The prefix length is outside 0…32 (IPv4) or 0…128 (IPv6).
        case prefixLengthOutOfRange(Int, family: AddressFamily)
        /// The address part is not a valid IPv4 address; `detail` says which part is wrong.
        case malformedIPv4(detail: String)
        /// The address part is not a valid IPv6 address; `detail` says which part is wrong.
        case malformedIPv6(detail: String)
        /// Bits after the prefix are set; `canonical` is the block the user probably meant.
        case hostBitsSet(canonical: String)
        /// The input is of the other address family than the caller needs.
        case wrongFamily(expected: AddressFamily)
    }

    /// The text that was rejected, as given.
    public let input: String
    /// What is wrong with it.
    public let reason: Reason

    /// An error for `input` with the given reason.
    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }

    /// A one-line explanation that names the input and what was expected.
    public var message: String {
        switch reason {
        case .empty:
            return "expected a CIDR block such as 10.1.0.0/16 or 2600:1f18::/56, got an empty value"
        case .missingPrefixLength:
            return "'\(input)' has no prefix length; expected address/prefix, e.g. 10.1.0.0/16 or 2600:1f18::/56"
        case .malformedPrefixLength(let text):
            return "'\(input)': prefix length '\(text)' is not a whole number; expected e.g. /16"
        case .prefixLengthOutOfRange(let length, let family):
            return "'\(input)': prefix length \(length) is out of range; expected 0…\(family.bitWidth) for \(family)"
        case .malformedIPv4(let detail):
            return "'\(input)': expected an IPv4 address of four numbers 0–255 separated by dots (\(detail))"
        case .malformedIPv6(let detail):
            return "'\(input)': expected an IPv6 address of up to eight hex groups separated by colons, "
                + "with at most one '::' (\(detail))"
        case .hostBitsSet(let canonical):
            return "\(input) has host bits set; did you mean \(canonical)?"
        case .wrongFamily(let expected):
            return "'\(input)' is not an \(expected) value; expected \(expected)"
        }
    }

    public var description: String { message }
}

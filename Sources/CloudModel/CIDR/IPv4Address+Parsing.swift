extension IPv4Address: LosslessStringConvertible {
    /// Reads dotted-quad text such as `10.1.0.0`.
    ///
    /// Strict on purpose: exactly four decimal numbers 0–255, no leading zeros (`010` is
    /// octal to some tools and decimal to others, so it is refused rather than guessed).
    public init(parsing text: String) throws(CIDRError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else {
            throw CIDRError(input: text, reason: .malformedIPv4(detail: "found \(parts.count) part\(parts.count == 1 ? "" : "s")"))
        }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty else {
                throw CIDRError(input: text, reason: .malformedIPv4(detail: "an octet is empty"))
            }
            guard part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }), let octet = UInt32(part) else {
                throw CIDRError(input: text, reason: .malformedIPv4(detail: "'\(part)' is not a number 0–255"))
            }
            guard octet <= 255 else {
                throw CIDRError(input: text, reason: .malformedIPv4(detail: "octet \(part) is greater than 255"))
            }
            guard part.count == 1 || part.first != "0" else {
                throw CIDRError(input: text, reason: .malformedIPv4(detail: "octet '\(part)' has a leading zero"))
            }
            value = value << 8 | octet
        }
        self.init(value)
    }

    /// Reads dotted-quad text; nil if it is not a valid IPv4 address.
    public init?(_ description: String) {
        guard let parsed = try? IPv4Address(parsing: description) else { return nil }
        self = parsed
    }
}

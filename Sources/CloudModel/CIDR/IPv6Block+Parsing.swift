extension IPv6Block: LosslessStringConvertible {
    /// Reads `x:x::x/len` (any RFC 4291 address form), refusing host bits (see `CIDRError`).
    public init(parsing text: String) throws(CIDRError) {
        let (address, length) = try CIDRText.split(text)
        guard address.contains(":") else { throw CIDRError(input: text, reason: .wrongFamily(expected: .ipv6)) }
        let network: IPv6Address
        do { network = try IPv6Address(parsing: address) } catch { throw CIDRError(input: text, reason: error.reason) }
        try self.init(text: text, network: network, prefixText: length)
    }

    /// Reads `x:x::x/len`; nil if invalid.
    public init?(_ description: String) {
        guard let parsed = try? IPv6Block(parsing: description) else { return nil }
        self = parsed
    }
}

extension IPv4Block: LosslessStringConvertible {
    /// Reads `a.b.c.d/len`, refusing host bits (see `CIDRError`).
    public init(parsing text: String) throws(CIDRError) {
        let (address, length) = try CIDRText.split(text)
        guard !address.contains(":") else { throw CIDRError(input: text, reason: .wrongFamily(expected: .ipv4)) }
        let network: IPv4Address
        do { network = try IPv4Address(parsing: address) } catch { throw CIDRError(input: text, reason: error.reason) }
        try self.init(text: text, network: network, prefixText: length)
    }

    /// Reads `a.b.c.d/len`; nil if invalid.
    public init?(_ description: String) {
        guard let parsed = try? IPv4Block(parsing: description) else { return nil }
        self = parsed
    }
}

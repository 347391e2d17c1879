extension CIDRBlock: LosslessStringConvertible {
    /// Reads a block of either family (`10.1.0.0/16`, `2600:1f18::/56`); a colon in the
    /// address means IPv6. Errors say what was expected (see `CIDRError`).
    public init(parsing text: String) throws(CIDRError) {
        let (address, _) = try CIDRText.split(text)
        self = address.contains(":") ? .ipv6(try IPv6Block(parsing: text)) : .ipv4(try IPv4Block(parsing: text))
    }

    /// Reads a block of either family; nil if invalid.
    public init?(_ description: String) {
        guard let parsed = try? CIDRBlock(parsing: description) else { return nil }
        self = parsed
    }
}

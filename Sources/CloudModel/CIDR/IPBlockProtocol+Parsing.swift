extension IPBlockProtocol {
    /// Shared tail of block parsing: prefix text → range check → host-bit check, with the
    /// user's original text in the error.
    init(text: String, network: Address, prefixText: Substring) throws(CIDRError) {
        let family = Address.family
        guard !prefixText.isEmpty, prefixText.count <= 3, prefixText.allSatisfy({ $0.isASCII && $0.isNumber }),
              let length = Int(prefixText) else {
            throw CIDRError(input: text, reason: .malformedPrefixLength(String(prefixText)))
        }
        guard (0...family.bitWidth).contains(length) else {
            throw CIDRError(input: text, reason: .prefixLengthOutOfRange(length, family: family))
        }
        let canonical = network.masked(toPrefix: length)
        guard canonical == network else {
            throw CIDRError(input: text, reason: .hostBitsSet(canonical: "\(canonical)/\(length)"))
        }
        self.init(uncheckedNetwork: network, prefixLength: length)
    }
}

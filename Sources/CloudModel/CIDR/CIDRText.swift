/// Splitting `address/prefix` text, shared by both families.
enum CIDRText {
    static func split(_ text: String) throws(CIDRError) -> (address: String, prefix: Substring) {
        guard !text.allSatisfy({ $0 == " " }) else { throw CIDRError(input: text, reason: .empty) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { throw CIDRError(input: text, reason: .missingPrefixLength) }
        guard parts.count == 2 else {
            throw CIDRError(input: text, reason: .malformedPrefixLength(parts.dropFirst().joined(separator: "/")))
        }
        return (String(parts[0]), parts[1])
    }
}

extension IPv6Address: LosslessStringConvertible {
    /// Reads IPv6 text in any RFC 4291 form: eight groups, `::` compression (at most once),
    /// upper or lower case, and an embedded dotted-quad tail such as `::ffff:10.0.0.1`.
    public init(parsing text: String) throws(CIDRError) {
        func fail(_ detail: String) -> CIDRError { CIDRError(input: text, reason: .malformedIPv6(detail: detail)) }
        guard !text.isEmpty else { throw fail("the address is empty") }
        let halves = text.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { throw fail("'::' appears more than once") }

        func groups(of side: String, isLast: Bool) throws(CIDRError) -> [UInt16] {
            if side.isEmpty { return [] }
            let fields = side.split(separator: ":", omittingEmptySubsequences: false)
            var result: [UInt16] = []
            for (i, field) in fields.enumerated() {
                if field.isEmpty { throw fail("an empty group (a single ':' at an end, or ':::')") }
                if isLast && i == fields.count - 1 && field.contains(".") {
                    let v4: IPv4Address
                    do { v4 = try IPv4Address(parsing: String(field)) } catch {
                        throw fail("embedded IPv4 part '\(field)' is not a valid IPv4 address")
                    }
                    result.append(UInt16(v4.value >> 16))
                    result.append(UInt16(v4.value & 0xffff))
                    continue
                }
                guard field.count <= 4, let g = UInt16(field, radix: 16) else {
                    throw fail("'\(field)' is not a group of 1–4 hex digits")
                }
                result.append(g)
            }
            return result
        }

        let head = try groups(of: halves[0], isLast: halves.count == 1)
        if halves.count == 1 {
            guard head.count == 8 else {
                throw fail("found \(head.count) groups without '::'; eight are needed")
            }
            self.init(groups: head)
            return
        }
        let tail = try groups(of: halves[1], isLast: true)
        guard head.count + tail.count <= 7 else {
            throw fail("'::' must stand for at least one zero group, but \(head.count + tail.count) groups are given")
        }
        let zeros = [UInt16](repeating: 0, count: 8 - head.count - tail.count)
        self.init(groups: head + zeros + tail)
    }

    /// Reads IPv6 text; nil if it is not a valid IPv6 address.
    public init?(_ description: String) {
        guard let parsed = try? IPv6Address(parsing: description) else { return nil }
        self = parsed
    }
}

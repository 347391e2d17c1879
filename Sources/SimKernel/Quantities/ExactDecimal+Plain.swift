extension ExactDecimal {
    /// The decimal of a plain unsigned number, `123` or `70.164000` (ASCII digits and at most
    /// one point, with a digit before it), as `QuantityLiteral` reads it (trailing fractional
    /// zeros dropped); nil for anything else, or past 19 significant digits, which the full
    /// parser then handles (and reports). The fast path of large empirical tables: the same
    /// value as the full parser for every text it accepts.
    init?(plain text: Substring) {
        self.init(plainUTF8: text.utf8)
    }

    /// `init(plain:)` of text given as its UTF-8 bytes (a slice of a file read without
    /// `Character`s).
    @inline(__always)
    init?<Bytes: Sequence>(plainUTF8 bytes: Bytes) where Bytes.Element == UInt8 {
        var mantissa: UInt64 = 0
        var integerDigits = 0, fractionDigits = 0, pendingZeros = 0
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, integerDigits > 0 else { return nil }
                seenPoint = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = UInt64(byte &- UInt8(ascii: "0"))
            if seenPoint {
                // A fractional zero counts only once a nonzero digit follows it.
                if digit == 0 { pendingZeros += 1; continue }
                for _ in 0...pendingZeros {
                    let (times10, o1) = mantissa.multipliedReportingOverflow(by: 10)
                    if o1 { return nil }
                    mantissa = times10
                }
                let (sum, o2) = mantissa.addingReportingOverflow(digit)
                if o2 { return nil }
                mantissa = sum
                fractionDigits += pendingZeros + 1
                pendingZeros = 0
            } else {
                let (times10, o1) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(digit)
                if o1 || o2 { return nil }
                mantissa = sum
                integerDigits += 1
            }
        }
        guard integerDigits > 0, !(seenPoint && fractionDigits == 0 && pendingZeros == 0) else { return nil }
        self.init(mantissa: mantissa, fractionDigits: fractionDigits)
    }
}

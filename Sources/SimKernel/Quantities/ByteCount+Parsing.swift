extension ByteCount {
    /// Parses `2KiB`, `16KB`, `1.5GB`, `512 B`, ... exactly into bytes.
    ///
    /// `KB MB GB` are powers of 1000 and `KiB MiB GiB` powers of 1024. A fraction of a byte
    /// (`0.3B`, `1.0001KB`), a negative size, a missing or foreign unit and a size past
    /// `Int64.max` bytes are errors that say what was expected.
    public init(parsing text: String) throws(QuantityError) {
        let literal = try QuantityLiteral(text, kind: .size)
        let factor = literal.unit?.factor ?? 1
        switch literal.decimal.scaled(by: factor) {
        case .value(let bytes):
            self.init(bytes: bytes)
        case .notWhole:
            throw QuantityError("\"\(literal.text)\" is not a whole number of bytes: expected a size in whole bytes such as 1.5KiB (1536 B)")
        case .overflow:
            throw QuantityError("\"\(literal.text)\" is too large: sizes must be at most \(Int64.max) B")
        }
    }
}

/// A value of any quantity kind, as read from a scenario: the common currency of the
/// distribution parser and of the scenario language.
public enum Quantity: Hashable, Sendable, CustomStringConvertible {
    case duration(SimTime)
    case size(ByteCount)
    case rate(Rate)
    case number(Double)

    /// Parses `text` as a quantity of `kind`: `250ms`, `16KiB`, `200/s`, or a plain number
    /// (which may be negative, for plain numbers only).
    public init(parsing text: String, kind: QuantityKind) throws(QuantityError) {
        switch kind {
        case .duration: self = .duration(try SimTime(parsing: text))
        case .size: self = .size(try ByteCount(parsing: text))
        case .rate: self = .rate(try Rate(parsing: text))
        case .number: self = .number(try Quantity.parseNumber(text))
        }
    }

    /// What this quantity measures.
    public var kind: QuantityKind {
        switch self {
        case .duration: return .duration
        case .size: return .size
        case .rate: return .rate
        case .number: return .number
        }
    }

    /// The value in its kind's base unit: nanoseconds, bytes, events per second, or itself.
    public var baseValue: Double {
        switch self {
        case .duration(let t): return Double(t.nanoseconds)
        case .size(let s): return Double(s.bytes)
        case .rate(let r): return r.perSecond
        case .number(let x): return x
        }
    }

    /// The canonical text; parses back (with the same kind) to an equal quantity.
    public var description: String {
        switch self {
        case .duration(let t): return t.description
        case .size(let s): return s.description
        case .rate(let r): return r.description
        case .number(let x): return DecimalFormatting.plain(x)
        }
    }

    /// A plain decimal number (`0.25`, `-1.5`, `3`) as the nearest double.
    public static func parseNumber(_ text: String) throws(QuantityError) -> Double {
        let literal = try QuantityLiteral(text, kind: .number)
        guard let value = Double(literal.numberText), value.isFinite else {
            throw QuantityError("\"\(literal.text)\" is too large: expected \(QuantityKind.number.expectation)")
        }
        return value
    }
}

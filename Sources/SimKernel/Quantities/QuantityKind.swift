/// What a quantity measures; a distribution's parameters are in its quantity's unit.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable {
    /// Time spans: `ns us ms s m h d`; base unit nanoseconds.
    case duration
    /// Data sizes: `B KB KiB MB MiB GB GiB`; base unit bytes.
    case size
    /// Rates: `/s /m /h` (e.g. `200/s`); base unit events per second.
    case rate
    /// Plain numbers (shares, counts); no unit.
    case number
}

extension QuantityKind {
    /// The kind's name with its article, for error messages ("a duration", "a plain number").
    public var phrase: String {
        switch self {
        case .duration: return "a duration"
        case .size: return "a size"
        case .rate: return "a rate"
        case .number: return "a plain number"
        }
    }

    /// The units this kind can be written in, in the order they are listed to users.
    public var unitSymbols: [String] {
        QuantityUnit.all.filter { $0.kind == self }.map(\.symbol)
    }

    /// What a user should have written: "a duration such as 250ms (units: ns, us, ms, s, m, h, d)".
    public var expectation: String {
        switch self {
        case .duration: return "a duration such as 250ms (units: \(unitSymbols.joined(separator: ", ")))"
        case .size: return "a size such as 16KiB (units: \(unitSymbols.joined(separator: ", ")))"
        case .rate: return "a rate such as 200/s (units: \(unitSymbols.joined(separator: ", ")))"
        case .number: return "a plain number such as 0.25 (no unit)"
        }
    }
}

extension QuantityKind {
    /// One value of this kind, as an example in messages.
    var exampleValue: String {
        switch self {
        case .duration: return "250ms"
        case .size: return "16KiB"
        case .rate: return "200/s"
        case .number: return "0.25"
        }
    }

    /// A typical unit of this kind, for examples in messages (empty for plain numbers).
    var exampleUnit: String {
        switch self {
        case .duration: return "ms"
        case .size: return "KiB"
        case .rate: return "/s"
        case .number: return ""
        }
    }
}

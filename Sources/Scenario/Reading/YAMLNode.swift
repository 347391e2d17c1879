/// A YAML node with the place it was written, independent of the YAML library.
///
/// The scenario reader walks this tree rather than Yams' own, so that every node knows its
/// file (a sweep can graft its values into a scenario's tree and errors still point at the
/// sweep file) and so that the tree is a plain `Sendable` value.
indirect enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts.
    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): return scalar.location
        case .mapping(let mapping): return mapping.location
        case .sequence(let sequence): return sequence.location
        }
    }

    /// True for an absent value: an empty plain scalar, `~` or `null`.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// What the node is, for "expected X, found Y" messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar) where scalar.isNull: return "nothing (an empty value)"
        case .scalar(let scalar): return "'\(scalar.text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A scalar: its text, whether it was quoted, and where it starts.
struct YAMLScalar: Equatable, Sendable {
    var text: String
    /// Plain (unquoted) scalars may be numbers, booleans or null; quoted ones are text.
    var isPlain: Bool
    var location: SourceLocation

    var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// A mapping entry: a scalar key and its value.
struct YAMLEntry: Equatable, Sendable {
    var key: YAMLScalar
    var value: YAMLNode
}

/// A mapping, its entries in file order (keys are unique; the reader checks).
struct YAMLMapping: Equatable, Sendable {
    var entries: [YAMLEntry]
    var location: SourceLocation

    /// The entry for `key`, if present.
    func entry(_ key: String) -> YAMLEntry? {
        entries.first { $0.key.text == key }
    }

    /// The value for `key`, if present.
    subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }
}

/// A list, its items in file order.
struct YAMLSequence: Equatable, Sendable {
    var items: [YAMLNode]
    var location: SourceLocation
}

/// A YAML node with the place it was written, independent of the YAML library.
///
/// The scenario reader walks this tree rather than Yams' own, so that every node knows its
/// file (a sweep can graft its values into a scenario's tree and errors still point at the
/// sweep file) and so that the tree is a plain `Sendable` value.
package indirect enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts.
    package var location: SourceLocation {
        switch self {
        case .scalar(let scalar): return scalar.location
        case .mapping(let mapping): return mapping.location
        case .sequence(let sequence): return sequence.location
        }
    }

    /// True for an absent value: an empty plain scalar, `~` or `null`.
    package var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// What the node is, for "expected X, found Y" messages.
    package var kindDescription: String {
        switch self {
        case .scalar(let scalar) where scalar.isNull: return "nothing (an empty value)"
        case .scalar(let scalar): return "'\(scalar.text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A scalar: its text, whether it was quoted, and where it starts.
package struct YAMLScalar: Equatable, Sendable {
    package var text: String
    /// Plain (unquoted) scalars may be numbers, booleans or null; quoted ones are text.
    package var isPlain: Bool
    package var location: SourceLocation

    package init(text: String, isPlain: Bool, location: SourceLocation) {
        self.text = text
        self.isPlain = isPlain
        self.location = location
    }

    package var isNull: Bool {
        isPlain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

/// A mapping entry: a scalar key and its value.
package struct YAMLEntry: Equatable, Sendable {
    package var key: YAMLScalar
    package var value: YAMLNode

    package init(key: YAMLScalar, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A mapping, its entries in file order (keys are unique; the reader checks).
package struct YAMLMapping: Equatable, Sendable {
    package var entries: [YAMLEntry]
    package var location: SourceLocation

    package init(entries: [YAMLEntry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry for `key`, if present.
    package func entry(_ key: String) -> YAMLEntry? {
        entries.first { $0.key.text == key }
    }

    /// The value for `key`, if present.
    package subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }
}

/// A list, its items in file order.
package struct YAMLSequence: Equatable, Sendable {
    package var items: [YAMLNode]
    package var location: SourceLocation

    package init(items: [YAMLNode], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// The path from the document's root to a node, printed the way users write it:
/// `services[0].service_time`, `regions.us-east-1.azs`, `vary["fleets.app.count"][2]`.
package struct KeyPath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a mapping key or a list index.
    package enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    package var components: [Component]

    package init(components: [Component]) { self.components = components }

    package static let root = KeyPath(components: [])

    /// The path one key deeper.
    package func appending(key: String) -> KeyPath {
        KeyPath(components: components + [.key(key)])
    }

    /// The path one list item deeper.
    package func appending(index: Int) -> KeyPath {
        KeyPath(components: components + [.index(index)])
    }

    /// The path with its last step removed (the root's parent is the root).
    package var parent: KeyPath {
        KeyPath(components: Array(components.dropLast()))
    }

    package var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where KeyPath.isBare(key):
                text += text.isEmpty ? key : ".\(key)"
            case .key(let key):
                text += "[\"\(key)\"]"
            }
        }
        return text
    }

    /// Keys made of letters, digits, `_` and `-` print bare; others are quoted in brackets.
    private static func isBare(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || scalar == "-" || (scalar.isASCII && scalar.properties.isAlphabetic)
                || ("0"..."9").contains(scalar)
        }
    }
}

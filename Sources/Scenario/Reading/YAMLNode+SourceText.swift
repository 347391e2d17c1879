import Foundation
import ScenarioReading

/// A node written back as compact YAML, for sweep parameter columns and messages.
extension YAMLNode {
    /// Flow-style YAML text: `5`, `"10/s"` only when it was quoted, `{dist: constant, value: 4ms}`.
    var sourceText: String {
        switch self {
        case .scalar(let scalar):
            if scalar.isPlain { return scalar.text }
            return "\"" + scalar.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .sequence(let sequence):
            return "[" + sequence.items.map(\.sourceText).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{" + mapping.entries.map { "\($0.key.text): \($0.value.sourceText)" }.joined(separator: ", ") + "}"
        }
    }
}

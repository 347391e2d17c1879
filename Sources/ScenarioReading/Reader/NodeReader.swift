/// Reads one node of a scenario document as a typed value, or throws a `ScenarioError`
/// located at the node and naming its key path.
///
/// Each decoder in `Decoding/` walks the tree with these readers, so every error in the
/// module has the same form. Typing is strict: numbers and booleans must be plain (unquoted)
/// scalars, mappings reject unknown keys, and an empty value counts as missing.
package struct NodeReader {
    package let node: YAMLNode
    package let path: KeyPath
    package let context: ReadContext

    package init(_ node: YAMLNode, path: KeyPath, context: ReadContext) {
        self.node = node
        self.path = path
        self.context = context
    }

    package var location: SourceLocation { node.location }

    /// An error at this node.
    package func error(_ message: String) -> ScenarioError {
        ScenarioError(at: node.location, keyPath: path.description, message)
    }

    /// "expected X, found Y" at this node.
    package func typeError(_ expected: String) -> ScenarioError {
        error("expected \(expected), found \(node.kindDescription)")
    }

    /// A key such as `p99=30ms)` is the tail of a distribution cut at its comma.
    package static let flowCommaHint = " (inside { } a comma ends the value: quote a distribution that has several parameters, "
        + "such as \"lognormal(median=4ms, p99=30ms)\")"

    // MARK: - Structure

    /// This node as a mapping whose keys must all be among `keys`.
    package func mapping(keys: [String]) throws(ScenarioError) -> MappingReader {
        guard case .mapping(let mapping) = node else {
            throw typeError("a mapping with keys " + keys.joined(separator: ", "))
        }
        for entry in mapping.entries where !keys.contains(entry.key.text) {
            throw ScenarioError(
                at: entry.key.location, keyPath: path.appending(key: entry.key.text).description,
                "unknown key '\(entry.key.text)'" + Suggestion.hint(for: entry.key.text, among: keys)
                    + (entry.key.text.contains("=") ? Self.flowCommaHint : ""))
        }
        return MappingReader(mapping: mapping, path: path, context: context)
    }

    /// This node as a mapping with free-form keys (region names, quota names), in file order.
    package func freeMapping() throws(ScenarioError) -> [(key: YAMLScalar, value: NodeReader)] {
        guard case .mapping(let mapping) = node else { throw typeError("a mapping") }
        return mapping.entries.map { entry in
            (entry.key, NodeReader(entry.value, path: path.appending(key: entry.key.text), context: context))
        }
    }

    /// This node as a list; an empty value reads as an empty list.
    package func list() throws(ScenarioError) -> [NodeReader] {
        if node.isNull { return [] }
        guard case .sequence(let sequence) = node else { throw typeError("a list") }
        return sequence.items.enumerated().map { index, item in
            NodeReader(item, path: path.appending(index: index), context: context)
        }
    }

    /// This node as a list, each item read by `read`.
    package func list<T>(_ read: (NodeReader) throws(ScenarioError) -> T) throws(ScenarioError) -> [T] {
        var values: [T] = []
        for item in try list() { values.append(try read(item)) }
        return values
    }

    // MARK: - Scalars

    /// The scalar's text, whatever its style; not null.
    package func scalarText(_ expected: String) throws(ScenarioError) -> YAMLScalar {
        guard case .scalar(let scalar) = node, !scalar.isNull else { throw typeError(expected) }
        return scalar
    }

    /// A non-empty text value.
    package func string() throws(ScenarioError) -> String {
        try scalarText("a text value").text
    }

    /// A name that can be referred to and used in file names: letters, digits, `.`, `_` and
    /// `-`, starting with a letter or digit.
    package func name() throws(ScenarioError) -> String {
        let text = try string()
        let scalars = Array(text.unicodeScalars)
        let allowed = scalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
        guard allowed, let first = scalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            throw error("'\(text)' is not a valid name; use letters, digits, '.', '_' and '-', starting with a letter or digit")
        }
        return text
    }

    /// A whole number within `range`.
    package func int(in range: ClosedRange<Int> = Int.min...Int.max) throws(ScenarioError) -> Int {
        let scalar = try plainScalar("a whole number")
        guard Self.isInteger(scalar.text), let value = Int(scalar.text) else {
            throw typeError("a whole number")
        }
        try check(value, in: range)
        return value
    }

    /// A whole number from 0 to 2^64 - 1 (seeds).
    package func uint64() throws(ScenarioError) -> UInt64 {
        let scalar = try plainScalar("a whole number from 0 to \(UInt64.max)")
        guard Self.isInteger(scalar.text), let value = UInt64(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text) else {
            throw typeError("a whole number from 0 to \(UInt64.max)")
        }
        return value
    }

    /// A finite decimal number within `range`.
    package func double(in range: ClosedRange<Double>) throws(ScenarioError) -> Double {
        let scalar = try plainScalar("a number")
        guard Self.isDecimal(scalar.text), let value = Double(scalar.text), value.isFinite else {
            throw typeError("a number")
        }
        guard range.contains(value) else {
            throw error("\(scalar.text) is out of range; expected a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))")
        }
        return value
    }

    /// `true` or `false`.
    package func bool() throws(ScenarioError) -> Bool {
        let scalar = try plainScalar("true or false")
        switch scalar.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw typeError("true or false")
        }
    }

    /// One of a fixed set of words; a near miss names the closest.
    package func choice<T>(_ options: KeyValuePairs<String, T>) throws(ScenarioError) -> T {
        try choice(options.map { (key: $0.key, value: $0.value) })
    }

    /// The value named by this scalar among `options` (name, value), in their order.
    package func choice<T>(_ options: [(key: String, value: T)]) throws(ScenarioError) -> T {
        let names = options.map(\.key)
        let text = try scalarText("one of: " + names.joined(separator: ", ")).text
        if let match = options.first(where: { $0.key == text }) { return match.value }
        throw error("unknown value '\(text)'" + Suggestion.hint(for: text, among: names))
    }

    /// Throws when `value` is outside `range`, saying which bound it broke.
    package func check(_ value: Int, in range: ClosedRange<Int>) throws(ScenarioError) {
        if value < range.lowerBound {
            throw error("must be at least \(range.lowerBound), found \(value)")
        }
        if value > range.upperBound {
            throw error("must be at most \(range.upperBound), found \(value)")
        }
    }

    private func plainScalar(_ expected: String) throws(ScenarioError) -> YAMLScalar {
        guard case .scalar(let scalar) = node, !scalar.isNull else { throw typeError(expected) }
        guard scalar.isPlain else {
            throw error("expected \(expected), found the quoted text \"\(scalar.text)\"; remove the quotes")
        }
        return scalar
    }

    private static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Plain decimal notation only: no hex, `inf` or `nan`.
    private static func isDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let mantissaEnd = rest.firstIndex { $0 == "e" || $0 == "E" } ?? rest.endIndex
        let mantissa = rest[..<mantissaEnd]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.contains(where: { !$0.isEmpty }),
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }) else { return false }
        if mantissaEnd == rest.endIndex { return true }
        var exponent = rest[rest.index(after: mantissaEnd)...]
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

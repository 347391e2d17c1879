import Yams
import ScenarioReading

/// Turns a file's text into a located `YAMLNode` tree, or a located `ScenarioError`.
///
/// Decisions, each tested:
/// - an empty document (no content, or only comments) is an error;
/// - YAML syntax errors keep libyaml's line and column and its description of the problem;
/// - a key may appear once per mapping; a repeated key is reported at its second
///   occurrence, naming the first;
/// - keys must be scalars;
/// - anchors, aliases and explicit tags (`!!int`) are rejected (see
///   `UnsupportedSyntaxScanner`);
/// - a file must hold a single document.
enum YAMLDocument {
    /// Parses `text`, naming `file` in every location.
    static func parse(_ text: String, file: String) throws(ScenarioError) -> YAMLNode {
        try parse(text, file: file, locatingDuplicates: true)
    }

    /// `locatingDuplicates`: whether a repeated key is located by parsing the text again
    /// (`duplicateKeyError`); that second parse does not do it again, so a file with many
    /// repeated keys costs two parses, not one per key (found by `make fuzz`: a scenario
    /// pasted twice took seconds, and thousands of repeated keys would overflow the stack).
    private static func parse(_ text: String, file: String, locatingDuplicates: Bool) throws(ScenarioError) -> YAMLNode {
        if let finding = UnsupportedSyntaxScanner.firstFinding(in: text) {
            let advice = finding.kind == "tag" ? "write the plain value" : "write the value out in full"
            throw ScenarioError(
                at: SourceLocation(file: file, line: finding.line, column: finding.column),
                "YAML \(finding.kind) '\(finding.token)' is not supported in scenario files; \(advice) "
                    + "(quote it if '\(finding.token.prefix(1))' starts a text value)")
        }
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw locatedError(error, text: text, file: file, locatingDuplicates: locatingDuplicates)
        } catch {
            throw ScenarioError(at: .wholeFile(file), "cannot parse YAML: \(error)")
        }
        guard let root = composed else {
            throw ScenarioError(at: SourceLocation(file: file, line: 1, column: 1),
                                "the file is empty; expected a mapping of keys such as 'name:' and 'vpcs:'")
        }
        return try convert(root, file: file, path: .root)
    }

    // MARK: - Converting Yams' tree

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        guard let mark else { return .wholeFile(file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private static func convert(_ node: Node, file: String, path: KeyPath) throws(ScenarioError) -> YAMLNode {
        switch node {
        case .scalar(let scalar):
            let isPlain = scalar.style == .plain || scalar.style == .any
            return .scalar(YAMLScalar(text: scalar.string, isPlain: isPlain, location: location(scalar.mark, file: file)))
        case .sequence(let sequence):
            var items: [YAMLNode] = []
            items.reserveCapacity(sequence.count)
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, file: file, path: path.appending(index: index)))
            }
            return .sequence(YAMLSequence(items: items, location: location(sequence.mark, file: file)))
        case .mapping(let mapping):
            var entries: [YAMLEntry] = []
            entries.reserveCapacity(mapping.count)
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let key) = try convert(keyNode, file: file, path: path) else {
                    throw ScenarioError(at: location(keyNode.mark, file: file), keyPath: path.description,
                                        "a key must be a plain name, not a list or a mapping")
                }
                if let first = entries.first(where: { $0.key.text == key.text }) {
                    throw duplicateKey(key, first: first.key.location, path: path)
                }
                let value = try convert(valueNode, file: file, path: path.appending(key: key.text))
                entries.append(YAMLEntry(key: key, value: value))
            }
            return .mapping(YAMLMapping(entries: entries, location: location(mapping.mark, file: file)))
        case .alias(let alias):
            throw ScenarioError(at: location(alias.mark, file: file), keyPath: path.description,
                                "YAML aliases are not supported in scenario files; write the value out in full")
        }
    }

    private static func duplicateKey(_ key: YAMLScalar, first: SourceLocation, path: KeyPath) -> ScenarioError {
        ScenarioError(at: key.location, keyPath: path.appending(key: key.text).description,
                      "duplicate key '\(key.text)' (first given at line \(first.line), column \(first.column)); "
                        + "a key may appear only once in a mapping")
    }

    // MARK: - Yams errors

    private static func locatedError(_ error: YamlError, text: String, file: String,
                                     locatingDuplicates: Bool) -> ScenarioError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return ScenarioError(at: location(mark, file: file),
                                     "the document nests lists and mappings too deeply (YAML parser limit); a scenario needs only a few levels")
            }
            var message = "YAML syntax error: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            if problem.contains("tab") || character(at: mark, in: text) == "\t" {
                message += "; YAML does not allow tabs for indentation, use spaces"
            }
            return ScenarioError(at: location(mark, file: file), message)
        case .reader(let problem, let offset, _, _):
            return ScenarioError(at: location(ofCharacterOffset: offset, in: text, file: file),
                                 "cannot read the text: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKeyError(keys: duplicates, firstMark: context.mark, text: text, file: file,
                                     locating: locatingDuplicates)
        default:
            return ScenarioError(at: .wholeFile(file), "cannot parse YAML: \(error)")
        }
    }

    /// Yams reports repeated keys before it returns a tree, pointing at the first occurrence
    /// of the (alphabetically first) repeated key. To name its second occurrence and its key
    /// path, the first occurrence is renamed to a placeholder of the same width and the text
    /// parsed again; the placeholder's mapping then holds the original key once, at the
    /// repetition.
    private static func duplicateKeyError(keys: [String], firstMark: Mark, text: String, file: String,
                                          locating: Bool) -> ScenarioError {
        let firstLocation = location(firstMark, file: file)
        let fallback = ScenarioError(
            at: firstLocation,
            "duplicate key '\(keys.first ?? "")'; a key may appear only once in a mapping")
        guard locating, let key = keys.first, !key.isEmpty,
              let renamed = replacing(key, at: firstMark, in: text),
              let tree = try? parse(renamed.text, file: file, locatingDuplicates: false) else {
            return fallback
        }
        guard let (mapping, path) = findMapping(containingKey: renamed.placeholder, in: tree, path: .root),
              let repeated = mapping.entry(key) else {
            return fallback
        }
        return duplicateKey(repeated.key, first: firstLocation, path: path)
    }

    /// The text with the plain key `key` at `mark` replaced by private-use characters (the
    /// same number of Unicode scalars, so later columns do not move).
    private static func replacing(_ key: String, at mark: Mark, in text: String) -> (text: String, placeholder: String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let keyScalars = Array(key.unicodeScalars)
        let row = mark.line - 1, start = mark.column - 1
        guard lines.indices.contains(row), start >= 0, start + keyScalars.count <= lines[row].count,
              Array(lines[row][start..<start + keyScalars.count]) == keyScalars else { return nil }
        let placeholderScalars = [Unicode.Scalar](repeating: "\u{E000}", count: keyScalars.count)
        lines[row].replaceSubrange(start..<start + keyScalars.count, with: placeholderScalars)
        let newText = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        return (newText, String(String.UnicodeScalarView(placeholderScalars)))
    }

    private static func findMapping(containingKey key: String, in node: YAMLNode, path: KeyPath) -> (YAMLMapping, KeyPath)? {
        switch node {
        case .scalar:
            return nil
        case .sequence(let sequence):
            for (index, item) in sequence.items.enumerated() {
                if let found = findMapping(containingKey: key, in: item, path: path.appending(index: index)) { return found }
            }
            return nil
        case .mapping(let mapping):
            if mapping.entry(key) != nil { return (mapping, path) }
            for entry in mapping.entries {
                if let found = findMapping(containingKey: key, in: entry.value, path: path.appending(key: entry.key.text)) {
                    return found
                }
            }
            return nil
        }
    }

    private static func character(at mark: Mark, in text: String) -> Character? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(mark.line - 1) else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard scalars.indices.contains(mark.column - 1) else { return nil }
        return Character(scalars[mark.column - 1])
    }

    private static func location(ofCharacterOffset offset: Int?, in text: String, file: String) -> SourceLocation {
        guard let offset else { return .wholeFile(file) }
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

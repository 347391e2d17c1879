import Foundation
import ScenarioReading

/// One setting that replaces a value of a scenario before it is read: a `vary:` value of
/// a sweep, or `vpcsim run --set key=value`.
///
/// The path is dotted: mapping keys by name, list items by their `name` or by their index
/// from 0 (`fleets.app.count`, `traffic.1.rate`, `regions.us-east-1.azs`,
/// `latency.same_az`). A key the scenario does not write yet is added, so optional settings
/// can be varied too; a key the language does not know is an error that names the closest
/// one. The value is YAML (`5`, `10/s`, `"lognormal(median=2h, p99=3d)"`, `{azs: 2}`).
public struct ScenarioOverride: Equatable, Sendable {
    /// The dotted path, as written.
    public let path: String
    /// The value, as YAML source text (`5`, `10/s`, `{dist: constant, value: 4ms}`).
    public let valueText: String
    let segments: [String]
    let value: YAMLNode
    /// Where the path is written, for errors about the path itself.
    let origin: SourceLocation

    init(path: String, value: YAMLNode, origin: SourceLocation) throws(ScenarioError) {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains(where: \.isEmpty) else {
            throw ScenarioError(at: origin, keyPath: path,
                                "a setting path is keys joined by '.', such as fleets.app.count; found an empty key")
        }
        self.path = path
        self.segments = segments
        self.value = value
        self.valueText = value.sourceText
        self.origin = origin
    }

    /// Parses `key=value` as given to `--set`; errors name `label` (e.g. `--set`) as the file
    /// and count columns within the assignment.
    public static func parse(assignment: String, label: String = "--set") throws(ScenarioError) -> ScenarioOverride {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw ScenarioError(at: SourceLocation(file: label, line: 1, column: 1),
                                "expected key=value, such as fleets.app.count=40; found '\(assignment)'")
        }
        let path = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
        let valueText = String(assignment[assignment.index(after: equals)...])
        let valueStart = assignment[...equals].unicodeScalars.count
        guard !valueText.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScenarioError(at: SourceLocation(file: label, line: 1, column: valueStart + 1), keyPath: path,
                                "needs a value after '='")
        }
        // Pad with spaces so the value's columns are the assignment's columns.
        let padded = String(repeating: " ", count: valueStart) + valueText
        let value = try YAMLDocument.parse(padded, file: label)
        return try ScenarioOverride(path: path, value: value, origin: SourceLocation(file: label, line: 1, column: 1))
    }
}

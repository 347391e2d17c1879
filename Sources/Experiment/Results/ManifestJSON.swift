import Foundation
import Scenario

/// Manifests as JSON: sorted keys and fixed indentation, so equal manifests are equal bytes,
/// and reading back with errors that name the file, the line and the key.
public enum ManifestJSON {
    /// `value` as pretty JSON with sorted keys, ending in a newline.
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Decodes the manifest at `path`; a missing, unreadable or malformed file is a
    /// `ScenarioError` naming it.
    public static func read<T: Decodable>(_ type: T.Type, path: String) throws(ScenarioError) -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(at: .wholeFile(path), "cannot read the manifest (missing or unreadable)")
        }
        return try decode(type, data: data, path: path)
    }

    /// Decodes `data`, the text of the manifest at `path` (named in errors).
    public static func decode<T: Decodable>(_ type: T.Type, data: Data, path: String) throws(ScenarioError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch DecodingError.keyNotFound(let key, _) {
            throw ScenarioError(at: .wholeFile(path), keyPath: key.stringValue, "missing; is this a vpcsim result folder?")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ScenarioError(at: location(of: context.codingPath.last?.stringValue ?? "", in: data, file: path),
                                keyPath: key, "has the wrong type: \(context.debugDescription)")
        } catch DecodingError.dataCorrupted(let context) {
            throw ScenarioError(at: .wholeFile(path), "is not valid JSON: \(context.debugDescription)")
        } catch {
            throw ScenarioError(at: .wholeFile(path), "cannot be read: \(error)")
        }
    }

    /// Where `"key"` first appears in the JSON at `data` (the whole file when it does not).
    public static func location(of key: String, in data: Data, file: String) -> SourceLocation {
        let text = String(decoding: data, as: UTF8.self)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: "\"\(key)\"") {
                return SourceLocation(file: file, line: number + 1,
                                      column: line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return .wholeFile(file)
    }
}

import Foundation
import Scenario

/// Reads one saved AWS CLI output: checks that it is the output of the expected call and
/// decodes it, every failure a `ScenarioError` naming the file and the JSON path (exit 2).
public enum ExportFile {
    /// Decodes `path` as the output of `command` into `Shape`.
    static func read<Shape: Decodable>(_ shape: Shape.Type, command: AWSCommand, path: String) throws(ScenarioError) -> Shape {
        let data = try ImportInputFile.read(path, missing: "no such file: the export has no output of "
                                            + "'aws \(command.rawValue)' (rerun scripts/export-aws.sh)")
        return try decode(shape, command: command, data: data, file: path)
    }

    /// Decodes `data` (the text of `file`) as the output of `command`.
    static func decode<Shape: Decodable>(_ shape: Shape.Type, command: AWSCommand, data: Data,
                                         file: String) throws(ScenarioError) -> Shape {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            SwiftKey(AWSKeyStyle.swiftKey(path.last!.stringValue))
        }
        let keys: TopLevelKeys
        do {
            keys = try decoder.decode(TopLevelKeys.self, from: data)
        } catch {
            throw located(error, file: file, command: command)
        }
        guard keys.names.contains(command.topLevelKey) else {
            let found = keys.names.sorted()
            let other = found.lazy.compactMap(AWSCommand.producing(topLevelKey:)).first
            throw ScenarioError(at: .wholeFile(file), keyPath: command.topLevelKey,
                                "not the output of 'aws \(command.rawValue)': its top-level key '\(command.topLevelKey)' is missing"
                                + (found.isEmpty ? " (the object is empty)" : "; found \(found.map { "'\($0)'" }.joined(separator: ", "))")
                                + (other.map { " (the output of 'aws \($0.rawValue)'?)" } ?? ""))
        }
        do {
            return try decoder.decode(shape, from: data)
        } catch {
            throw located(error, file: file, command: command)
        }
    }

    /// A decoding error as a located `ScenarioError`.
    private static func located(_ error: any Error, file: String, command: AWSCommand) -> ScenarioError {
        guard let error = error as? DecodingError else {
            return ScenarioError(at: .wholeFile(file), "cannot read: \(error)")
        }
        switch error {
        case .dataCorrupted(let context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let path = JSONPath(codingPath: context.codingPath)
            if context.codingPath.isEmpty {
                return ScenarioError(at: .wholeFile(file), "not valid JSON (truncated or damaged?)"
                                     + (detail.map { ": \($0)" } ?? ": \(context.debugDescription)"))
            }
            return ScenarioError(at: .wholeFile(file), keyPath: path.description, context.debugDescription)
        case .keyNotFound(let key, let context):
            let path = JSONPath(codingPath: context.codingPath).appending(key: AWSKeyStyle.awsKey(key.stringValue))
            return ScenarioError(at: .wholeFile(file), keyPath: path.description,
                                 "missing; every item of 'aws \(command.rawValue)' has it")
        case .typeMismatch(let type, let context):
            return ScenarioError(at: .wholeFile(file), keyPath: JSONPath(codingPath: context.codingPath).description,
                                 "expected \(describe(type)), found something else")
        case .valueNotFound(let type, let context):
            return ScenarioError(at: .wholeFile(file), keyPath: JSONPath(codingPath: context.codingPath).description,
                                 "expected \(describe(type)), found null")
        @unknown default:
            return ScenarioError(at: .wholeFile(file), "cannot read: \(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}

/// Any JSON key.
struct SwiftKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The keys of the top-level object, in the AWS CLI's spelling.
struct TopLevelKeys: Decodable {
    var names: Set<String>
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SwiftKey.self)
        names = Set(container.allKeys.map { AWSKeyStyle.awsKey($0.stringValue) })
    }
}

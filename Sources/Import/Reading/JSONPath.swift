/// A place inside a JSON document, written the way the AWS CLI's `--query` names it:
/// `Vpcs[3].CidrBlockAssociationSet[0].CidrBlock`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    public private(set) var components: [Component]

    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public init(_ components: [Component] = []) { self.components = components }

    public func appending(key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// From a decoder's coding path; keys are turned back into the AWS CLI's spelling.
    init(codingPath: [any CodingKey]) {
        self.init(codingPath.map { key in
            if let index = key.intValue { return .index(index) }
            return .key(AWSKeyStyle.awsKey(key.stringValue))
        })
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}

/// The AWS CLI's JSON keys are UpperCamelCase (`VpcId`); the Swift shapes use lowerCamelCase
/// (`vpcId`). The one rule between them: the first letter's case.
enum AWSKeyStyle {
    static func swiftKey(_ aws: String) -> String { aws.prefix(1).lowercased() + aws.dropFirst() }
    static func awsKey(_ swift: String) -> String { swift.prefix(1).uppercased() + swift.dropFirst() }
}

/// Where an imported item came from: the export file and the JSON path in it.
public struct ItemSource: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var path: JSONPath

    public init(file: String, path: JSONPath) {
        self.file = file
        self.path = path
    }

    /// `FILE PATH`, as written in the scenario's comments and in errors; `FILE` alone (or
    /// `FILE:LINE` for a flow-log record) when there is no JSON path.
    public var description: String { path.components.isEmpty ? file : "\(file) \(path)" }
}

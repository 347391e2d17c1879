import ScenarioReading

/// A scenario file read and parsed once, to be decoded under many sets of overrides (the
/// probes of `vpcsim plan`): each decode starts from the parsed document, as `Sweep` does
/// for its points, instead of reading and parsing the file again.
public struct ParsedScenario: Sendable {
    /// The file.
    public let path: String
    private let document: YAMLNode
    private let directory: String?
    private let defaultName: String

    /// Reads and parses `path`; errors as `ScenarioLoader.load(path:)` reports them.
    public init(path: String) throws(ScenarioError) {
        let text = try SourceFile.read(path: path)
        self.path = path
        document = try YAMLDocument.parse(text, file: path)
        directory = SourceFile.directory(of: path)
        defaultName = SourceFile.baseName(of: path)
    }

    /// The scenario under `overrides`, decoded and validated: what
    /// `ScenarioLoader.load(path:overrides:)` returns for the file as it was read.
    public func load(overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        try ScenarioLoader.decode(document, directory: directory, defaultName: defaultName, overrides: overrides)
    }
}

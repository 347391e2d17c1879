import ScenarioReading
import SimKernel

/// A scenario file read and parsed once, to be decoded under many sets of overrides (the
/// probes of `vpcsim plan`): each decode starts from the parsed document, as `Sweep` does
/// for its points, instead of reading and parsing the file again, and takes the empirical
/// tables its earlier decodes read (`tables`) instead of reading them again.
public struct ParsedScenario: Sendable {
    /// The file.
    public let path: String
    private let document: YAMLNode
    private let directory: String?
    private let defaultName: String
    /// The empirical files read by this value's decodes (shared by its copies).
    public let tables: EmpiricalTables

    /// Reads and parses `path`; errors as `ScenarioLoader.load(path:)` reports them.
    public init(path: String) throws(ScenarioError) {
        let text = try SourceFile.read(path: path)
        self.path = path
        document = try YAMLDocument.parse(text, file: path)
        directory = SourceFile.directory(of: path)
        defaultName = SourceFile.baseName(of: path)
        tables = EmpiricalTables()
    }

    /// A document already parsed from `path` (a sweep's base scenario), decoded with `tables`.
    init(path: String, document: YAMLNode, directory: String?, defaultName: String, tables: EmpiricalTables) {
        self.path = path
        self.document = document
        self.directory = directory
        self.defaultName = defaultName
        self.tables = tables
    }

    /// The scenario under `overrides`, decoded and validated: what
    /// `ScenarioLoader.load(path:overrides:)` returns for the file as it was read.
    public func load(overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        try ScenarioLoader.decode(document, directory: directory, defaultName: defaultName,
                                  overrides: overrides, tables: tables)
    }
}

import ScenarioReading

/// Loads sweep files: the grid, the base scenario it names, and every value checked.
public enum SweepLoader {
    /// Loads and validates the sweep at `path` and its base scenario (named relative to
    /// the sweep file's folder).
    public static func load(path: String) throws(ScenarioError) -> Sweep {
        let text = try SourceFile.read(path: path)
        return try load(text: text, displayName: path)
    }

    /// Loads a sweep from `text`; errors name `displayName`, and the base scenario is
    /// looked for relative to `displayName`'s folder.
    public static func load(text: String, displayName: String) throws(ScenarioError) -> Sweep {
        let document = try YAMLDocument.parse(text, file: displayName)
        let reader = NodeReader(document, path: .root, context: ReadContext(directory: SourceFile.directory(of: displayName)))
        return try Sweep(reading: reader, path: displayName) { scenarioPath throws(ScenarioError) in
            let baseText = try SourceFile.read(path: scenarioPath)
            return (try YAMLDocument.parse(baseText, file: scenarioPath),
                    SourceFile.directory(of: scenarioPath), SourceFile.baseName(of: scenarioPath))
        }
    }
}

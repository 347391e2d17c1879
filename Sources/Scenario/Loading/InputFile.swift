/// A file given to `vpcsim validate`: a scenario or a sweep, told apart by their keys.
public enum InputFile: Equatable, Sendable {
    /// A scenario file, loaded and validated.
    case scenario(Scenario)
    /// A sweep file, with its base scenario and every value validated.
    case sweep(Sweep)

    /// Loads `path` as a sweep when its top-level mapping has `vary:` or `scenario:`, and
    /// as a scenario otherwise.
    public static func load(path: String) throws(ScenarioError) -> InputFile {
        let text = try SourceFile.read(path: path)
        if isSweep(text, file: path) {
            return .sweep(try SweepLoader.load(text: text, displayName: path))
        }
        return .scenario(try ScenarioLoader.load(text: text, displayName: path,
                                                 directory: SourceFile.directory(of: path)))
    }

    private static func isSweep(_ text: String, file: String) -> Bool {
        guard case .mapping(let mapping)? = try? YAMLDocument.parse(text, file: file) else { return false }
        return mapping.entry("vary") != nil || mapping.entry("scenario") != nil
    }
}

import ScenarioReading
import SimKernel

/// Loads scenario files: YAML to a validated `Scenario`, or a located `ScenarioError`.
public enum ScenarioLoader {
    /// Loads and validates the scenario at `path`, after applying `overrides`
    /// (`vpcsim run --set key=value`) in order.
    public static func load(path: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        let text = try SourceFile.read(path: path)
        return try load(text: text, displayName: path, directory: SourceFile.directory(of: path),
                        defaultName: SourceFile.baseName(of: path), overrides: overrides)
    }

    /// Loads and validates a scenario from `text`; errors name `displayName` as the file.
    /// `directory` resolves relative paths inside the scenario; `defaultName` is the name
    /// used when the text gives none (by default, `displayName` without folder and extension).
    public static func load(text: String, displayName: String, directory: String? = nil,
                            defaultName: String? = nil,
                            overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        let document = try YAMLDocument.parse(text, file: displayName)
        return try decode(document, directory: directory,
                          defaultName: defaultName ?? SourceFile.baseName(of: displayName), overrides: overrides)
    }

    /// Applies `overrides` to a parsed document, then decodes and validates it. `tables`, held
    /// by a caller that decodes one document many times, reads each empirical file once.
    static func decode(_ document: YAMLNode, directory: String?, defaultName: String,
                       overrides: [ScenarioOverride], tables: EmpiricalTables? = nil) throws(ScenarioError) -> Scenario {
        var patched = document
        for override in overrides {
            patched = try patched.applying(override)
        }
        let reader = NodeReader(patched, path: .root, context: ReadContext(directory: directory, tables: tables))
        var scenario = try Scenario(reading: reader, defaultName: defaultName)
        scenario.source = ScenarioSource(document: patched)
        try ScenarioValidator(scenario: scenario, document: patched).validate()
        return scenario
    }
}

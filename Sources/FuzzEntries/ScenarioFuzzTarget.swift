import Scenario

extension FuzzTarget {
    /// Scenario YAML, loaded and validated as `vpcsim validate` and `vpcsim run` do.
    static let scenario = FuzzTarget(
        name: "scenario", file: "scenarios/fuzz-input.yaml",
        input: "a scenario file (YAML)"
    ) { bytes, path in
        _ = try ScenarioLoader.load(text: FuzzInput.text(bytes), displayName: path)
    }
}

import Scenario

extension FuzzTarget {
    /// Sweep YAML, with its base scenario (`scenario: ../mesh-vs-hub.yaml` resolves in
    /// `scenarios/`) and every value of the grid validated, as `vpcsim validate` and
    /// `vpcsim sweep` do.
    static let sweep = FuzzTarget(
        name: "sweep", file: "scenarios/sweeps/fuzz-input.yaml",
        input: "a sweep file (YAML) naming a base scenario in scenarios/"
    ) { bytes, path in
        _ = try SweepLoader.load(text: FuzzInput.text(bytes), displayName: path)
    }
}

import ScenarioReading
extension NodeReader {
    /// `auto`, `manual` (AWS's default, after `Acceptance.manualDelay`), or a distribution of
    /// acceptance delays.
    package func acceptance() throws(ScenarioError) -> Acceptance {
        if case .scalar(let scalar) = node {
            if scalar.text == "auto" { return .automatic }
            if scalar.text == "manual" { return .manual }
        }
        return .after(try distribution(.duration))
    }
}

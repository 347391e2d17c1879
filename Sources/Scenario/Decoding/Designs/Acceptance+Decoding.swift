import Strategies
extension NodeReader {
    /// `auto`, or a distribution of acceptance delays.
    func acceptance() throws(ScenarioError) -> Acceptance {
        if case .scalar(let scalar) = node, scalar.text == "auto" { return .automatic }
        return .after(try distribution(.duration))
    }
}

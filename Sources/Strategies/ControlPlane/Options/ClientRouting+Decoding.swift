import ScenarioReading

extension NodeReader {
    /// `any-az` or `same-az` (`ClientRouting`): a design's `client_routing` key.
    package func clientRouting() throws(ScenarioError) -> ClientRouting {
        try choice(ClientRouting.allCases.map { (key: $0.name, value: $0) })
    }
}

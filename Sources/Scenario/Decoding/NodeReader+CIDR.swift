// PENDING: parses with CloudModel's CIDR type when the `cloudmodel` branch lands.
extension NodeReader {
    /// A CIDR block such as `10.1.0.0/16`.
    func cidr() throws(ScenarioError) -> CIDRBlock {
        try scalarText("a CIDR block such as 10.1.0.0/16").text
    }
}

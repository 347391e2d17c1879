import CloudModel

/// CIDR blocks, parsed by CloudModel; AWS's size rule for VPC blocks is checked here.
extension NodeReader {
    /// A CIDR block such as `10.1.0.0/16` or `2600:1f18::/56`.
    package func cidr() throws(ScenarioError) -> CIDRBlock {
        let text = try scalarText("a CIDR block such as 10.1.0.0/16").text
        do {
            return try CIDRBlock(parsing: text)
        } catch {
            throw self.error(error.message)
        }
    }

    /// A block a VPC can have: IPv4 blocks run from /16 to /28 (EC2 CreateVpc API reference:
    /// "The smallest VPC you can create uses a /28 netmask ..., and the largest uses a /16
    /// netmask").
    package func vpcCIDR() throws(ScenarioError) -> CIDRBlock {
        let block = try cidr()
        if block.family == .ipv4 && !Self.ipv4VPCPrefixes.contains(block.prefixLength) {
            throw error(Self.vpcPrefixMessage(block.prefixLength))
        }
        return block
    }

    /// Prefix lengths AWS allows for an IPv4 VPC.
    package static let ipv4VPCPrefixes = 16...28

    package static func vpcPrefixMessage(_ prefix: Int) -> String {
        "an IPv4 VPC block must be between /16 and /28 (AWS's VPC size limits), found /\(prefix)"
    }
}

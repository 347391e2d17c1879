/// One VPC of the export.
public struct EstateVPC: Sendable {
    public var id: String
    public var account: String
    public var region: String
    /// Its `Name` tag, when it has one.
    public var nameTag: String?
    /// Associated IPv4 blocks, primary first.
    public var ipv4Blocks: [String]
    /// Associated IPv6 blocks.
    public var ipv6Blocks: [String]
    public var isDefault: Bool
    public var source: ItemSource
}

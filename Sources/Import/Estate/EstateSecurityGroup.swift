/// One security group and its inbound rules.
public struct EstateSecurityGroup: Sendable {
    public var id: String
    public var name: String?
    public var vpcId: String?
    public var inbound: [EstateSecurityRule]
    public var outboundRules: Int
    public var source: ItemSource
}

/// One inbound rule: a protocol and port range from CIDRs, prefix lists or other groups.
public struct EstateSecurityRule: Sendable {
    public var ipProtocol: String
    public var fromPort: Int?
    public var toPort: Int?
    public var cidrs: [String]
    public var prefixLists: [String]
    public var groups: [String]
}

/// One managed prefix list (its entries are not exported: get-managed-prefix-list-entries is
/// not among the calls).
public struct EstatePrefixList: Sendable {
    public var id: String
    public var name: String?
    public var source: ItemSource
}

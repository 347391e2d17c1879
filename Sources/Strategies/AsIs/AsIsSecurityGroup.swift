import CloudModel

/// One security group and its inbound rules (`as_is.security_groups`).
public struct AsIsSecurityGroup: Equatable, Sendable {
    /// `sg-…`.
    public var id: String
    /// Its VPC, by scenario name; nil when the VPC is not in the scenario.
    public var vpc: String?
    public var ingress: [AsIsSecurityRule]

    public init(id: String, vpc: String?, ingress: [AsIsSecurityRule]) {
        self.id = id
        self.vpc = vpc
        self.ingress = ingress
    }
}

/// One inbound rule: a protocol and port range from CIDR blocks, prefix lists or other
/// security groups. A group admits only what a rule allows ("You can specify allow rules, but
/// not deny rules"; "When you first create a security group, it has no inbound rules",
/// "Security group rules", https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html),
/// and groups are stateful, so the response to an admitted request is let back (⚠ stated on
/// AWS's security-group overview page, not read here; as-is checks inbound rules only).
public struct AsIsSecurityRule: Equatable, Sendable {
    /// `tcp`, `udp`, `icmp`, ... or `all` (AWS's `-1`).
    public var proto: String
    /// The first and last port; nil with `all` (every port).
    public var ports: ClosedRange<Int>?
    public var cidrs: [CIDRBlock]
    public var prefixLists: [String]
    public var groups: [String]

    public init(proto: String, ports: ClosedRange<Int>?, cidrs: [CIDRBlock] = [], prefixLists: [String] = [],
                groups: [String] = []) {
        self.proto = proto
        self.ports = ports
        self.cidrs = cidrs
        self.prefixLists = prefixLists
        self.groups = groups
    }

    /// Whether the rule covers TCP on `port` (services are TCP).
    public func covers(tcpPort port: Int) -> Bool {
        guard proto == "all" || proto == "tcp" else { return false }
        return ports.map { $0.contains(port) } ?? true
    }

    /// The rules this entry counts against `rules_per_security_group`: one per CIDR, prefix
    /// list and referenced group, as the console lists them (⚠ assumption: AWS counts a
    /// prefix-list reference as its maximum entries, which the export does not hold).
    public var ruleCount: Int { max(1, cidrs.count + prefixLists.count + groups.count) }
}

/// A managed prefix list (`as_is.prefix_lists`): its entries, or nil when the export does
/// not hold them (the calls do not include `get-managed-prefix-list-entries`); an
/// unknown list matches no address.
public struct AsIsPrefixList: Equatable, Sendable {
    /// `pl-…`.
    public var id: String
    public var cidrs: [CIDRBlock]?

    public init(id: String, cidrs: [CIDRBlock]?) {
        self.id = id
        self.cidrs = cidrs
    }
}

/// The security groups in front of one service's instances (`as_is.services`): a request
/// over routes must be admitted by one of them. A service without an entry is not checked
/// (⚠ the export may not say which groups its targets have).
public struct AsIsServiceGroups: Equatable, Sendable {
    /// The service, by scenario name.
    public var service: String
    public var securityGroups: [String]

    public init(service: String, securityGroups: [String]) {
        self.service = service
        self.securityGroups = securityGroups
    }
}

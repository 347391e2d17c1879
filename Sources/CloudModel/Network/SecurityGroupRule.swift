/// One inbound or outbound security-group rule.
public struct SecurityGroupRule: Hashable, Sendable {
    /// Traffic direction; AWS counts the rule quota separately for each.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case inbound
        case outbound
    }

    /// Where traffic may come from (inbound) or go to (outbound).
    public enum Peer: Hashable, Sendable {
        /// An address block of one family.
        case cidr(CIDRBlock)
        /// Another security group, by reference (same-Region peers only over VPC peering).
        case securityGroup(SecurityGroupID)
        /// A managed prefix list of one family; it counts as its maximum number of entries.
        case prefixList(PrefixListID, family: AddressFamily, maxEntries: Int)
    }

    /// IP protocol of the rule.
    public enum IPProtocol: String, Hashable, Sendable {
        case tcp
        case udp
        case all
    }

    /// Inbound or outbound.
    public let direction: Direction
    /// The source (inbound) or destination (outbound).
    public let peer: Peer
    /// TCP, UDP or all.
    public let ipProtocol: IPProtocol
    /// Port range; nil means all ports.
    public let ports: ClosedRange<UInt16>?

    /// A rule; `ports` nil means all ports.
    public init(_ direction: Direction, peer: Peer, ipProtocol: IPProtocol = .tcp, ports: ClosedRange<UInt16>? = nil) {
        self.direction = direction
        self.peer = peer
        self.ipProtocol = ipProtocol
        self.ports = ports
    }

    /// What the rule costs against the quota, per family: a CIDR rule counts 1 in its family;
    /// a prefix list counts its max entries in its family ("A referenced prefix list counts as
    /// its max entries", aws-facts.md §1.1); a security-group reference counts 1 in each
    /// family. ⚠ The last is an assumption: aws-facts.md does not say how AWS counts it.
    public var quotaWeight: FamilyCount {
        switch peer {
        case .cidr(let block): return block.family == .ipv4 ? FamilyCount(ipv4: 1) : FamilyCount(ipv6: 1)
        case .securityGroup: return FamilyCount(ipv4: 1, ipv6: 1)
        case .prefixList(_, let family, let n): return family == .ipv4 ? FamilyCount(ipv4: n) : FamilyCount(ipv6: n)
        }
    }
}

/// A VPC security group: rules, and their counts per direction and family for the quota.
///
/// AWS counts "Inbound or outbound rules per security group" separately for inbound and
/// outbound and for IPv4 and IPv6 (aws-facts.md §1.1), so the group keeps four counts. For
/// counting at scale without storing rules, use `SecurityGroupRule.quotaWeight` sums.
public struct SecurityGroup: Sendable, Equatable {
    /// The group id.
    public let id: SecurityGroupID
    /// The VPC the group belongs to.
    public let vpc: VPCID
    /// Rules in the order they were added.
    public private(set) var rules: [SecurityGroupRule] = []
    /// Quota usage of inbound rules, per family.
    public private(set) var inboundCount = FamilyCount()
    /// Quota usage of outbound rules, per family.
    public private(set) var outboundCount = FamilyCount()

    /// An empty group in `vpc`.
    public init(id: SecurityGroupID, vpc: VPCID) {
        self.id = id
        self.vpc = vpc
    }

    /// Quota usage for one direction, per family.
    public func count(_ direction: SecurityGroupRule.Direction) -> FamilyCount {
        direction == .inbound ? inboundCount : outboundCount
    }

    /// Adds a rule unless it duplicates one or its direction and family would exceed `limit`
    /// (the rules_per_security_group quota).
    public mutating func add(_ rule: SecurityGroupRule, limit: QuotaLimit) throws(SecurityGroupError) {
        guard !rules.contains(rule) else { throw SecurityGroupError(group: id, reason: .duplicateRule) }
        let after = count(rule.direction) + rule.quotaWeight
        if let family = after.familiesOver(limit).first {
            throw SecurityGroupError(group: id, reason: .quotaExceeded(direction: rule.direction, family: family,
                                                                       limit: limit.value ?? 0))
        }
        rules.append(rule)
        if rule.direction == .inbound { inboundCount = after } else { outboundCount = after }
    }

    /// Adds a rule under the quotas of a run.
    public mutating func add(_ rule: SecurityGroupRule, quotas: QuotaSet) throws(SecurityGroupError) {
        try add(rule, limit: quotas[.rulesPerSecurityGroup])
    }
}

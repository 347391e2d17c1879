/// One load balancer (elbv2: network, application or gateway).
public struct EstateLoadBalancer: Sendable {
    public var arn: String
    public var name: String?
    public var type: String
    public var vpcId: String?
    public var zones: [String]
    public var source: ItemSource
}

/// One target group with its registered targets (from describe-target-health).
public struct EstateTargetGroup: Sendable {
    public var arn: String
    public var name: String
    public var port: Int?
    public var vpcId: String?
    public var targetType: String
    public var loadBalancerArns: [String]
    public var targets: [EstateTarget]
    public var source: ItemSource
}

/// One registered target.
public struct EstateTarget: Sendable {
    public var id: String
    /// Its AZ, as the health output gives it or as the import finds it (subnet of an IP,
    /// network interface of an instance); nil when unknown.
    public var availabilityZone: String?
    public var state: String?
}

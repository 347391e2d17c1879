import CloudModel

extension StrategyKind {
    /// PrivateLink endpoint services in provider VPCs, interface endpoints in consumers.
    public static let privateLinkHub = StrategyKind(defining: "privatelink-hub")
}

extension PrivateLinkHubStrategy {
    public typealias Settings = PrivateLinkSettings
    /// The scenario section of the design's options.
    public static var optionsSection: String { "privatelink" }

    public static var summary: String { "PrivateLink endpoint services in provider VPCs, interface endpoints in consumers." }
    /// Okabe–Ito palette (distinguishable for colour-blind readers).
    public static var chartColour: String { "#E69F00" }

    /// `privatelink.acceptance: ...` (the provider accepts each endpoint connection).
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).acceptance: \(options.privateLink.acceptance)"
    }

    /// The endpoint service always has its NLB ("Share your services through AWS
    /// PrivateLink": an endpoint service is backed by a Network Load Balancer or a Gateway
    /// Load Balancer), billed in `monthlyCost` and crossed inside `privatelink_hop`; `none`
    /// and `nlb` add nothing to it. `alb` puts an ALB behind the NLB as its target (an NLB
    /// target group of type `alb`, "Use an Application Load Balancer as a target of a Network
    /// Load Balancer", https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html).
    public static func addedLoadBalancer(_ configured: LoadBalancerKind) -> LoadBalancerKind {
        configured == .alb ? .alb : .none
    }

    /// The NLB of each service's endpoint service.
    public static var ownLoadBalancer: String? { "endpoint-service NLB" }

    /// `privatelink.dns: regional` (the name consumers resolve picks the interface).
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "\(optionsSection).dns: \(options.privateLink.dns.name)"
    }
}

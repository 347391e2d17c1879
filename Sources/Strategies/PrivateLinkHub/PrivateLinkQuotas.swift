import CloudModel

extension PrivateLinkHubStrategy {
    // Sources, as cited in aws-facts.md.
    static let endpointLimits = "[DOC] docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html (stored copy)"
    static let endpointInterface = "[DOC] awsdocs/amazon-vpc-user-guide vpce-interface.md"
    static let endpointServiceOverview = "[DOC] awsdocs/amazon-vpc-user-guide endpoint-service-overview.md"
    static let nlbLimits = "[DOC] awsdocs/elb-network-load-balancers-user-guide load-balancer-limits.md "
        + "(versions 2022-06-20 to 2023-04-06)"

    /// PrivateLink's and its Network Load Balancers' quotas (aws-facts.md §2.1): endpoints per VPC,
    /// NLBs per Region and their targets and connections.
    public static var quotas: [QuotaDefinition] { [
        QuotaDefinition(.interfaceEndpointsPerVPC, awsName: "Interface and Gateway Load Balancer endpoints per VPC",
                        code: "L-29B6F2EB", scope: "per VPC (interface and GWLB endpoints combined)",
                        defaultValue: 50, adjustable: true, source: endpointLimits, asOf: "2026",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 50."),
        QuotaDefinition(.gatewayEndpointsPerRegion, awsName: "Gateway VPC endpoints per Region",
                        scope: "per account per Region", defaultValue: 20, adjustable: true,
                        source: endpointLimits, asOf: "2026",
                        note: "AWS publishes no maximum: the maximum preset keeps 20."),
        QuotaDefinition(.gatewayEndpointsPerVPC, awsName: "Gateway VPC endpoints per VPC (hard cap)",
                        scope: "per VPC", defaultValue: 255, adjustable: false, source: endpointLimits, asOf: "2026"),
        QuotaDefinition(.resourceEndpointsPerVPC, awsName: "Resource VPC endpoints per VPC", scope: "per VPC",
                        defaultValue: 200, adjustable: false, source: endpointLimits, asOf: "2024-12",
                        note: "Newer endpoint type; aws-facts.md does not say whether it is adjustable."),
        QuotaDefinition(.serviceNetworkEndpointsPerVPC, awsName: "Service-network VPC endpoints per VPC",
                        scope: "per VPC", defaultValue: 50, adjustable: false, source: endpointLimits, asOf: "2024-12",
                        note: "Newer endpoint type; aws-facts.md does not say whether it is adjustable."),
        QuotaDefinition(.endpointSubnetsPerAZ, awsName: "Subnets per Availability Zone for one interface endpoint",
                        scope: "per interface endpoint per AZ", defaultValue: 1, adjustable: false,
                        source: endpointInterface, asOf: "2021",
                        note: "\"For each interface endpoint, you can choose only one subnet per Availability "
                            + "Zone\"; each selected subnet gets one requester-managed ENI."),
        QuotaDefinition(.nlbsPerRegion, awsName: "Network Load Balancers per Region", code: "L-69A177A2",
                        scope: "per account per Region", defaultValue: 50, adjustable: true,
                        source: nlbLimits, asOf: "2023-04-06",
                        note: "One NLB can belong to only one endpoint service, so this bounds endpoint services "
                            + "per Region (AWS publishes no endpoint-service quota). No published maximum: the "
                            + "maximum preset keeps 50."),
        QuotaDefinition(.listenersPerNLB, awsName: "Listeners per Network Load Balancer", scope: "per NLB",
                        defaultValue: 50, adjustable: false, source: nlbLimits, asOf: "2023-04-06"),
        QuotaDefinition(.targetsPerNLB, awsName: "Targets per Network Load Balancer", scope: "per NLB",
                        defaultValue: 3_000, adjustable: false, source: nlbLimits, asOf: "2023-04-06",
                        note: "aws-facts.md marks only the per-AZ quota as adjustable. An ALB target counts as 50 "
                            + "(100 with cross-zone)."),
        QuotaDefinition(.targetsPerNLBPerAZ, awsName: "Targets per Availability Zone per Network Load Balancer",
                        scope: "per NLB per AZ", defaultValue: 500, adjustable: true, source: nlbLimits,
                        asOf: "2023-04-06",
                        note: "Older docs: 500 per AZ with cross-zone off, 500 total with it on. No published "
                            + "maximum: the maximum preset keeps 500."),
        QuotaDefinition(.nlbENIsPerVPC, awsName: "Network Load Balancer ENIs per VPC", scope: "per VPC",
                        defaultValue: 1_200, adjustable: false, source: nlbLimits, asOf: "2023-04-06",
                        note: "One ENI per NLB per AZ, counted across every account with subnets in the VPC."),
        QuotaDefinition(.targetGroupsPerRegion, awsName: "Target groups per Region", scope: "per account per Region",
                        defaultValue: 3_000, adjustable: false, source: nlbLimits, asOf: "2023-04-06",
                        note: "Shared by ALB and NLB."),
        QuotaDefinition(.connectionsPerNLBTarget, awsName: "Connections through PrivateLink to one NLB target",
                        scope: "per (NLB node address, target IP:port), simultaneous or new per minute",
                        defaultValue: Int64(AWSFacts.PrivateLink.nlbConnectionsPerTargetPerMinute),
                        adjustable: false,
                        source: "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html; "
                            + endpointServiceOverview, asOf: "2026",
                        note: "About 55,000; above it, port-allocation errors become likely (vpcsim: the new "
                            + "connection fails). Counted per NLB node address, so cross-zone balancing multiplies it "
                            + "by the AZs. The fix is more targets. Sets both limits of the data plane."),
    ] }
}

extension QuotaKey {
    /// Interface and Gateway Load Balancer endpoints per VPC.
    public static let interfaceEndpointsPerVPC = QuotaKey("interface_endpoints_per_vpc")
    /// Gateway VPC endpoints per Region.
    public static let gatewayEndpointsPerRegion = QuotaKey("gateway_endpoints_per_region")
    /// Gateway VPC endpoints per VPC (hard cap).
    public static let gatewayEndpointsPerVPC = QuotaKey("gateway_endpoints_per_vpc")
    /// Resource VPC endpoints per VPC.
    public static let resourceEndpointsPerVPC = QuotaKey("resource_endpoints_per_vpc")
    /// Service-network VPC endpoints per VPC.
    public static let serviceNetworkEndpointsPerVPC = QuotaKey("service_network_endpoints_per_vpc")
    /// Subnets per Availability Zone for one interface endpoint.
    public static let endpointSubnetsPerAZ = QuotaKey("endpoint_subnets_per_az")
    /// Network Load Balancers per Region.
    public static let nlbsPerRegion = QuotaKey("nlbs_per_region")
    /// Listeners per Network Load Balancer.
    public static let listenersPerNLB = QuotaKey("listeners_per_nlb")
    /// Targets per Network Load Balancer.
    public static let targetsPerNLB = QuotaKey("targets_per_nlb")
    /// Targets per Availability Zone per Network Load Balancer.
    public static let targetsPerNLBPerAZ = QuotaKey("targets_per_nlb_per_az")
    /// Network Load Balancer ENIs per VPC.
    public static let nlbENIsPerVPC = QuotaKey("nlb_enis_per_vpc")
    /// Target groups per Region.
    public static let targetGroupsPerRegion = QuotaKey("target_groups_per_region")
    /// Connections through PrivateLink to one NLB target.
    public static let connectionsPerNLBTarget = QuotaKey("connections_per_nlb_target")
}

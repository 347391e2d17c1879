/// Every AWS quota vpcsim knows, with default, maximum, adjustability, source and date.
///
/// All values are from `/work/shared/data/aws-facts.md` (compiled from stored copies of AWS
/// documentation; section numbers below refer to it). Where AWS publishes no maximum for an
/// adjustable quota, the maximum is taken to be the default (documented per quota), with one
/// exception: VPCs per Region, where AWS says only "hundreds" (see its note).
public enum QuotaCatalog {
    /// AWS's product rule for security groups: (rules per security group) × (security groups
    /// per network interface) ≤ 1,000 (aws-facts.md §1.1, amazon-vpc-limits.html copy of 2026-09-26).
    public static let securityGroupRuleProductLimit: Int64 = 1_000

    /// The definition of one quota.
    public static func definition(_ key: QuotaKey) -> QuotaDefinition {
        // `aws` has one entry per key, in `QuotaKey.allCases` order (checked by a test).
        aws[QuotaKey.allCases.firstIndex(of: key)!]
    }

    // Sources, as cited in aws-facts.md.
    static let peeringGuide = "[DOC] awsdocs/amazon-vpc-peering-guide doc_source/vpc-peering-connection-quotas.md "
        + "(commit 869762a); docs.aws.amazon.com/general/latest/gr/vpc-service.html (stored copy)"
    static let peeringBasics = "[DOC] awsdocs/amazon-vpc-peering-guide vpc-peering-basics.md (commit 02b88fc)"
    static let vpcLimits = "[DOC] docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (stored copy, "
        + "fetched 2026-09-26); awsdocs/amazon-vpc-user-guide amazon-vpc-limits.md (2023 archive)"
    static let endpointLimits = "[DOC] docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html (stored copy)"
    static let endpointInterface = "[DOC] awsdocs/amazon-vpc-user-guide vpce-interface.md"
    static let endpointServiceOverview = "[DOC] awsdocs/amazon-vpc-user-guide endpoint-service-overview.md"
    static let nlbLimits = "[DOC] awsdocs/elb-network-load-balancers-user-guide load-balancer-limits.md "
        + "(versions 2022-06-20 to 2023-04-06)"
    static let tgwQuotas = "[DOC] docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html (stored copy with "
        + "late-2025 rows)"

    /// The catalog, one entry per `QuotaKey`, in the same order.
    public static let aws: [QuotaDefinition] = [
        // MARK: VPC peering (§1.1)
        QuotaDefinition(.peeringsPerVPC, awsName: "Active VPC peering connections per VPC", code: "L-7E9ECCDB",
                        scope: "per VPC", defaultValue: 50, maximum: .limited(125), adjustable: true,
                        source: peeringGuide, asOf: "2022-10-08",
                        note: "\"This quota can be increased up to a maximum of 125.\" A single full mesh "
                            + "therefore cannot exceed 126 VPCs."),
        QuotaDefinition(.pendingPeeringRequests, awsName: "Outstanding VPC peering connection requests",
                        code: "L-DC9F7029", scope: "per account (requests made from the account)",
                        defaultValue: 25, adjustable: true, source: peeringGuide, asOf: "2022-10-08",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 25."),
        QuotaDefinition(.peeringRequestExpiry, awsName: "Expiry time for an unaccepted VPC peering connection request",
                        scope: "per request", unit: .seconds, defaultValue: 7 * 24 * 3_600, adjustable: false,
                        source: peeringGuide + "; " + peeringBasics, asOf: "2022-10-08",
                        note: "1 week (168 h): \"If no action is taken on the request, it expires after 7 days.\""),
        QuotaDefinition(.peeringsPerVPCPair, awsName: "VPC peering connections between the same two VPCs",
                        scope: "per pair of VPCs", defaultValue: 1, adjustable: false,
                        source: peeringBasics, asOf: "2021-09-23"),

        // MARK: VPC, route tables, security groups (§1.1)
        QuotaDefinition(.vpcsPerRegion, awsName: "VPCs per Region", scope: "per account per Region",
                        defaultValue: 5, maximum: .unlimited, adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "AWS allows \"hundreds of VPCs per Region\" without a number, so the maximum preset "
                            + "does not limit it; aws-defaults gives 5. ⚠ The maximum is an assumption."),
        QuotaDefinition(.routeTablesPerVPC, awsName: "Route tables per VPC", code: "L-589F43AA", scope: "per VPC",
                        defaultValue: 200, adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "The main route table counts. Adjustable, but AWS publishes no maximum: the maximum "
                            + "preset keeps 200."),
        QuotaDefinition(.routesPerRouteTable, awsName: "Routes per route table (non-propagated routes)",
                        scope: "per route table, counted separately for IPv4 and IPv6", defaultValue: 500,
                        maximum: .limited(1_000), adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "Static routes such as pcx- routes. Older values: 50 default, max 1,000 (archive "
                            + "2023-04-06, commit 06e98d9); 50/100 in 2018-2019 docs. AWS warns that network "
                            + "performance might be impacted above the default. vpcsim does not count the local "
                            + "routes (one per VPC CIDR) against it. ⚠ Assumption; aws-facts.md does not say."),
        QuotaDefinition(.propagatedRoutesPerRouteTable, awsName: "Propagated (BGP) routes per route table",
                        scope: "per route table", defaultValue: 100, adjustable: false,
                        source: vpcLimits, asOf: "2026-09-26",
                        note: "\"If you require additional prefixes, advertise a default route.\" Current docs "
                            + "count it separately from static routes (2018-era docs capped the sum at 100)."),
        QuotaDefinition(.securityGroupsPerENI, awsName: "Security groups per network interface",
                        scope: "per network interface", defaultValue: 5, maximum: .limited(16), adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26",
                        note: "Bound with rules_per_security_group by the product rule (≤ 1,000); see QuotaSet."),
        QuotaDefinition(.rulesPerSecurityGroup, awsName: "Inbound or outbound rules per security group",
                        scope: "per security group, per direction, per address family", defaultValue: 60,
                        maximum: .limited(1_000), adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "(rules per SG) × (SGs per ENI) ≤ 1,000, so 1,000 is reachable only with one SG per "
                            + "ENI. The maximum preset resolves the pair to 200 × 5 (see QuotaSet). A referenced "
                            + "prefix list counts as its max entries."),
        QuotaDefinition(.securityGroupsPerRegion, awsName: "VPC security groups per Region",
                        scope: "per account per Region", defaultValue: 2_500, adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 2,500."),
        QuotaDefinition(.networkACLsPerVPC, awsName: "Network ACLs per VPC", scope: "per VPC", defaultValue: 200,
                        adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "AWS publishes no maximum: the maximum preset keeps 200."),
        QuotaDefinition(.rulesPerNetworkACL, awsName: "Rules per network ACL", scope: "per network ACL, per direction",
                        defaultValue: 20, maximum: .limited(40), adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26"),
        QuotaDefinition(.networkAddressUsagePerVPC, awsName: "Network Address Usage", scope: "per VPC",
                        defaultValue: 64_000, maximum: .limited(256_000), adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26"),
        QuotaDefinition(.peeredNetworkAddressUsage, awsName: "Peered Network Address Usage",
                        scope: "per VPC plus all its intra-Region peers (inter-Region peers do not count)",
                        defaultValue: 128_000, maximum: .limited(512_000), adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26"),

        // MARK: PrivateLink and NLB (§2.1)
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
                        note: "One ENI per NLB per AZ, counted across shared-VPC tenants."),
        QuotaDefinition(.targetGroupsPerRegion, awsName: "Target groups per Region", scope: "per account per Region",
                        defaultValue: 3_000, adjustable: false, source: nlbLimits, asOf: "2023-04-06",
                        note: "Shared by ALB and NLB."),
        QuotaDefinition(.connectionsPerNLBTarget, awsName: "Connections through PrivateLink to one NLB target",
                        scope: "per target (IP:port), simultaneous or per minute", defaultValue: 55_000,
                        adjustable: false, source: endpointServiceOverview, asOf: "2021",
                        note: "About 55,000; above it, port-allocation errors. The fix is more targets."),

        // MARK: Transit Gateway (§3.1)
        QuotaDefinition(.tgwsPerAccount, awsName: "Transit gateways per account", scope: "per account per Region",
                        defaultValue: 5, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 5."),
        QuotaDefinition(.tgwAttachmentsPerTGW, awsName: "Attachments per transit gateway", scope: "per TGW",
                        defaultValue: 5_000, adjustable: false, source: tgwQuotas, asOf: "2025"),
        QuotaDefinition(.tgwsPerVPC, awsName: "Transit gateways per VPC", scope: "per VPC", defaultValue: 5,
                        adjustable: false, source: tgwQuotas, asOf: "2025",
                        note: "One TGW cannot have two attachments to the same VPC."),
        QuotaDefinition(.tgwRouteTablesPerTGW, awsName: "Transit gateway route tables per transit gateway",
                        scope: "per TGW", defaultValue: 20, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 20."),
        QuotaDefinition(.tgwRoutesPerTGW, awsName: "Routes per transit gateway (all route tables combined)",
                        scope: "per TGW, dynamic and static combined", defaultValue: 10_000, adjustable: true,
                        source: tgwQuotas, asOf: "2025",
                        note: "2019 wording: 10,000 per TGW route table. No published maximum: the maximum preset "
                            + "keeps 10,000."),
        QuotaDefinition(.tgwPeeringAttachmentsPerTGW, awsName: "Peering attachments per transit gateway",
                        scope: "per TGW", defaultValue: 50, adjustable: true, source: tgwQuotas, asOf: "2025",
                        note: "No published maximum: the maximum preset keeps 50."),
        QuotaDefinition(.tgwPendingPeeringAttachments, awsName: "Pending peering attachments per transit gateway",
                        scope: "per TGW", defaultValue: 10, adjustable: false, source: tgwQuotas, asOf: "2025",
                        note: "aws-facts.md does not say whether it is adjustable."),
        QuotaDefinition(.tgwPeeringAttachmentsPerTGWPair, awsName: "Peering attachments between two transit gateways",
                        scope: "per pair of TGWs", defaultValue: 1, adjustable: false, source: tgwQuotas, asOf: "2025"),
    ]
}

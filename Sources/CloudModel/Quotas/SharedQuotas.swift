/// Quotas that are not about one design: VPCs, route tables, security groups, network ACLs
/// and address usage (aws-facts.md §1.1). Each design's own quotas are in its folder
/// (`ConnectivityStrategy.quotas`).
///
/// All values are from `/work/shared/data/aws-facts.md` (compiled from stored copies of AWS
/// documentation; section numbers below refer to it). Where AWS publishes no maximum for an
/// adjustable quota, the maximum is taken to be the default (documented per quota), with one
/// exception: VPCs per Region, where AWS says only "hundreds" (see its note).
public enum SharedQuotas {
    // Sources, as cited in aws-facts.md.
    static let vpcLimits = "[DOC] docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (stored copy, "
        + "fetched 2026-09-26); awsdocs/amazon-vpc-user-guide amazon-vpc-limits.md (2023 archive)"

    /// The shared quotas, first in every catalog, in this order.
    public static let definitions: [QuotaDefinition] = [
        QuotaDefinition(.vpcsPerRegion, awsName: "VPCs per Region", scope: "per account per Region",
                        defaultValue: 5, maximum: .unlimited, adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "AWS allows \"hundreds of VPCs per Region\" without a number, so the maximum preset "
                            + "does not limit it; aws-defaults gives 5. ⚠ The maximum is an assumption."),
        QuotaDefinition(.routeTablesPerVPC, awsName: "Route tables per VPC", code: "L-589F43AA", scope: "per VPC",
                        defaultValue: 200, adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "The main route table counts. Adjustable, but AWS publishes no maximum: the maximum "
                            + "preset keeps 200. Enforced at a VPC's creation: tables beyond it are refused."),
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
                        code: "L-E79EC296", scope: "per account per Region", defaultValue: 2_500, adjustable: true,
                        source: vpcLimits + "; awsdocs/amazon-vpc-user-guide amazon-vpc-limits.md (commit 06e98d9: "
                            + "that the quota applies to individual AWS account VPCs and to VPCs shared with other accounts)", asOf: "2026-09-26",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 2,500. AWS has no "
                            + "per-VPC security-group quota; in a VPC shared through RAM \"the VPC resources that a participant "
                            + "creates count against the VPC quotas in the participant account\" (Responsibilities and "
                            + "permissions for owners and participants, https://docs.aws.amazon.com/vpc/latest/userguide/"
                            + "vpc-share-limitations.html), so a design that puts many accounts' workloads in one VPC checks each workload's groups against it."),
        QuotaDefinition(.networkACLsPerVPC, awsName: "Network ACLs per VPC", scope: "per VPC", defaultValue: 200,
                        adjustable: true, source: vpcLimits, asOf: "2026-09-26",
                        note: "AWS publishes no maximum: the maximum preset keeps 200."),
        QuotaDefinition(.rulesPerNetworkACL, awsName: "Rules per network ACL", scope: "per network ACL, per direction",
                        defaultValue: 20, maximum: .limited(40), adjustable: true,
                        source: vpcLimits, asOf: "2026-09-26"),
        QuotaDefinition(.networkAddressUsagePerVPC, awsName: "Network Address Usage", scope: "per VPC",
                        defaultValue: 64_000, maximum: .limited(256_000), adjustable: true,
                        source: vpcLimits + "; https://docs.aws.amazon.com/vpc/latest/userguide/network-address-usage.html "
                            + "(\"Each VPC can have up to 64,000 NAU units by default. You can request a quota increase "
                            + "up to 256,000\"; unit weights in NetworkAddressUsage)", asOf: "2026-09-26",
                        note: "Exceeding it fails RunInstances (NetworkAddressUsageLimitExceeded). A design that puts many "
                            + "workloads in one VPC enforces it there as a workload joins (NetworkAddressUsage's units of its "
                            + "instances and load balancers, and a transit gateway attachment where it has one)."),
        QuotaDefinition(.peeredNetworkAddressUsage, awsName: "Peered Network Address Usage",
                        scope: "per VPC plus all its intra-Region peers (inter-Region peers do not count)",
                        defaultValue: 128_000, maximum: .limited(512_000), adjustable: true,
                        source: vpcLimits + "; https://docs.aws.amazon.com/vpc/latest/userguide/network-address-usage.html "
                            + "(1 unit per address on an instance's network interface; 6 per NLB or endpoint per AZ "
                            + "and per TGW attachment)", asOf: "2026-09-26",
                        note: "Exceeding it fails AcceptVpcPeeringConnection. A design that peers VPCs enforces it when it "
                            + "plans a same-Region peering; vpcsim counts one address per service instance and family "
                            + "(⚠ assumption: no other resource is modelled)."),
        QuotaDefinition(.subnetsPerVPC, awsName: "Subnets per VPC", scope: "per VPC", defaultValue: 200,
                        adjustable: true, source: "[DOC] docs.aws.amazon.com/AmazonVPC/latest/UserGuide/VPC_Appendix_Limits.html "
                            + "(\"Amazon VPC quotas\", VPC and subnets table; stored copy read 2026-12-06)", asOf: "2026-12-06",
                        note: "Binds a design that puts many workloads in one VPC, a subnet per AZ each. Adjustable, "
                            + "but AWS publishes no maximum: the maximum preset keeps 200."),
        QuotaDefinition(.ipv4CIDRBlocksPerVPC, awsName: "IPv4 CIDR blocks per VPC", scope: "per VPC",
                        defaultValue: 5, maximum: .limited(50), adjustable: true,
                        source: "[DOC] docs.aws.amazon.com/general/latest/gr/vpc-service.html (\"Amazon Virtual Private "
                            + "Cloud endpoints and quotas\": \"The primary CIDR block and all secondary CIDR blocks count "
                            + "toward this quota. This quota can be increased up to a maximum of 50\"; stored copy read "
                            + "2026-12-07); a block is at most a /16 (\"VPC CIDR blocks\", Amazon VPC User Guide)",
                        asOf: "2026-12-07",
                        note: "Binds a design that puts many workloads in one VPC, whose blocks (at most /16 each) "
                            + "must hold every workload's addresses."),
        QuotaDefinition(.networkInterfacesPerRegion, awsName: "Network interfaces per Region", code: "L-DF5E4CA3",
                        scope: "per account per Region", defaultValue: 5_000, adjustable: true,
                        source: "[DOC] https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html; awsdocs/"
                            + "amazon-vpc-user-guide amazon-vpc-limits.md (commit 06e98d9, Network interfaces table: 5,000, "
                            + "adjustable; the quota applies to individual AWS account VPCs and to VPCs shared with other accounts)",
                        asOf: "2023",
                        note: "Adjustable, but AWS publishes no maximum: the maximum preset keeps 5,000. In a VPC shared through RAM "
                            + "a participant's interfaces count against the participant's account (vpc-share-limitations."
                            + "html), so a design that puts many accounts' workloads in one VPC checks each workload's interfaces against it."),
    ]

    /// The shared quotas alone, e.g. for a quota set that no design reads.
    public static let catalog = QuotaCatalog(definitions)
}

extension QuotaKey {
    /// VPCs per Region.
    public static let vpcsPerRegion = QuotaKey("vpcs_per_region")
    /// Route tables per VPC.
    public static let routeTablesPerVPC = QuotaKey("route_tables_per_vpc")
    /// Routes per route table (non-propagated routes).
    public static let routesPerRouteTable = QuotaKey("routes_per_route_table")
    /// Propagated (BGP) routes per route table.
    public static let propagatedRoutesPerRouteTable = QuotaKey("propagated_routes_per_route_table")
    /// Security groups per network interface.
    public static let securityGroupsPerENI = QuotaKey("security_groups_per_eni")
    /// Inbound or outbound rules per security group.
    public static let rulesPerSecurityGroup = QuotaKey("rules_per_security_group")
    /// VPC security groups per Region.
    public static let securityGroupsPerRegion = QuotaKey("security_groups_per_region")
    /// Network ACLs per VPC.
    public static let networkACLsPerVPC = QuotaKey("network_acls_per_vpc")
    /// Rules per network ACL.
    public static let rulesPerNetworkACL = QuotaKey("rules_per_network_acl")
    /// Network Address Usage.
    public static let networkAddressUsagePerVPC = QuotaKey("network_address_usage_per_vpc")
    /// Peered Network Address Usage.
    public static let peeredNetworkAddressUsage = QuotaKey("peered_network_address_usage")
    /// Subnets per VPC.
    public static let subnetsPerVPC = QuotaKey("subnets_per_vpc")
    /// IPv4 CIDR blocks per VPC, the primary one included.
    public static let ipv4CIDRBlocksPerVPC = QuotaKey("cidr_blocks_per_vpc")
    /// Network interfaces per Region (per account).
    public static let networkInterfacesPerRegion = QuotaKey("network_interfaces_per_region")
}

/// The name of a quota, as written in a scenario (`quotas: {peerings_per_vpc: 125}`).
///
/// Cases are in catalog order; `QuotaCatalog.aws` holds each quota's values and sources.
public enum QuotaKey: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    // VPC peering (aws-facts.md §1.1)
    case peeringsPerVPC = "peerings_per_vpc"
    case pendingPeeringRequests = "pending_peering_requests"
    case peeringRequestExpiry = "peering_request_expiry"
    case peeringsPerVPCPair = "peerings_per_vpc_pair"
    // VPC, route tables, security groups, NACLs, address usage (§1.1)
    case vpcsPerRegion = "vpcs_per_region"
    case routeTablesPerVPC = "route_tables_per_vpc"
    case routesPerRouteTable = "routes_per_route_table"
    case propagatedRoutesPerRouteTable = "propagated_routes_per_route_table"
    case securityGroupsPerENI = "security_groups_per_eni"
    case rulesPerSecurityGroup = "rules_per_security_group"
    case securityGroupsPerRegion = "security_groups_per_region"
    case networkACLsPerVPC = "network_acls_per_vpc"
    case rulesPerNetworkACL = "rules_per_network_acl"
    case networkAddressUsagePerVPC = "network_address_usage_per_vpc"
    case peeredNetworkAddressUsage = "peered_network_address_usage"
    // PrivateLink and NLB (§2.1)
    case interfaceEndpointsPerVPC = "interface_endpoints_per_vpc"
    case gatewayEndpointsPerRegion = "gateway_endpoints_per_region"
    case gatewayEndpointsPerVPC = "gateway_endpoints_per_vpc"
    case resourceEndpointsPerVPC = "resource_endpoints_per_vpc"
    case serviceNetworkEndpointsPerVPC = "service_network_endpoints_per_vpc"
    case endpointSubnetsPerAZ = "endpoint_subnets_per_az"
    case nlbsPerRegion = "nlbs_per_region"
    case listenersPerNLB = "listeners_per_nlb"
    case targetsPerNLB = "targets_per_nlb"
    case targetsPerNLBPerAZ = "targets_per_nlb_per_az"
    case nlbENIsPerVPC = "nlb_enis_per_vpc"
    case targetGroupsPerRegion = "target_groups_per_region"
    case connectionsPerNLBTarget = "connections_per_nlb_target"
    // Transit Gateway (§3.1)
    case tgwsPerAccount = "tgws_per_account"
    case tgwAttachmentsPerTGW = "tgw_attachments_per_tgw"
    case tgwsPerVPC = "tgws_per_vpc"
    case tgwRouteTablesPerTGW = "tgw_route_tables_per_tgw"
    case tgwRoutesPerTGW = "tgw_routes_per_tgw"
    case tgwPeeringAttachmentsPerTGW = "tgw_peering_attachments_per_tgw"
    case tgwPendingPeeringAttachments = "tgw_pending_peering_attachments"
    case tgwPeeringAttachmentsPerTGWPair = "tgw_peering_attachments_per_tgw_pair"

    /// The scenario key, e.g. `peerings_per_vpc`.
    public var description: String { rawValue }

    /// Reads a scenario key; an unknown key fails with the closest valid key suggested.
    public init(parsing text: String) throws(QuotaError) {
        guard let key = QuotaKey(rawValue: text) else {
            throw QuotaError(subject: text, reason: .unknownKey(
                suggestion: EditDistance.closest(to: text, among: QuotaKey.allCases.map(\.rawValue)) ?? ""))
        }
        self = key
    }
}

/// The name of one price or pricing constant, as a scenario would override it
/// (`prices: {nlb_hour: 0.0243}`). Values and sources are in `PriceCatalog`.
public enum PriceKey: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    case hoursPerMonth = "hours_per_month"
    // VPC peering and data transfer
    case peeringConnectionHour = "peering_connection_hour"
    case peeringSameAZPerGB = "peering_same_az_per_gb"
    case peeringCrossAZPerGB = "peering_cross_az_per_gb"
    case crossAZPerGB = "cross_az_per_gb"
    case crossAZToEndpointOrTGWPerGB = "cross_az_to_endpoint_or_tgw_per_gb"
    case interRegionPerGB = "inter_region_per_gb"
    case interRegionUSEast1USEast2PerGB = "inter_region_us_east_1_us_east_2_per_gb"
    // PrivateLink
    case interfaceEndpointAZHour = "interface_endpoint_az_hour"
    case endpointProcessingTier1PerGB = "endpoint_processing_tier1_per_gb"
    case endpointProcessingTier2PerGB = "endpoint_processing_tier2_per_gb"
    case endpointProcessingTier3PerGB = "endpoint_processing_tier3_per_gb"
    case endpointTier1GB = "endpoint_tier1_gb"
    case endpointTier2GB = "endpoint_tier2_gb"
    case privateLinkCrossRegionProviderRegionHour = "privatelink_cross_region_provider_region_hour"
    // Network Load Balancer
    case nlbHour = "nlb_hour"
    case nlcuHour = "nlcu_hour"
    case nlcuNewConnectionsPerSecond = "nlcu_new_connections_per_second"
    case nlcuActiveConnections = "nlcu_active_connections"
    case nlcuProcessedGBPerHour = "nlcu_processed_gb_per_hour"
    // Transit Gateway
    case tgwAttachmentHour = "tgw_attachment_hour"
    case tgwProcessingPerGB = "tgw_processing_per_gb"
    case tgwProcessingFromPeeringPerGB = "tgw_processing_from_peering_per_gb"
    // Context (not part of the compared designs)
    case natGatewayHour = "nat_gateway_hour"
    case natGatewayPerGB = "nat_gateway_per_gb"
    case internetEgressPerGB = "internet_egress_per_gb"

    /// The scenario key.
    public var description: String { rawValue }

    /// Reads a scenario key; an unknown key fails with the closest valid key suggested.
    public init(parsing text: String) throws(PriceError) {
        guard let key = PriceKey(rawValue: text) else {
            throw PriceError(key: text, reason: .unknownKey(
                suggestion: EditDistance.closest(to: text, among: PriceKey.allCases.map(\.rawValue)) ?? ""))
        }
        self = key
    }

    /// Where the value lives in a `PriceTable`.
    var keyPath: WritableKeyPath<PriceTable, Double> {
        switch self {
        case .hoursPerMonth: return \.hoursPerMonth
        case .peeringConnectionHour: return \.peeringConnectionHour
        case .peeringSameAZPerGB: return \.peeringSameAZPerGB
        case .peeringCrossAZPerGB: return \.peeringCrossAZPerGB
        case .crossAZPerGB: return \.crossAZPerGB
        case .crossAZToEndpointOrTGWPerGB: return \.crossAZToEndpointOrTGWPerGB
        case .interRegionPerGB: return \.interRegionPerGB
        case .interRegionUSEast1USEast2PerGB: return \.interRegionUSEast1USEast2PerGB
        case .interfaceEndpointAZHour: return \.interfaceEndpointAZHour
        case .endpointProcessingTier1PerGB: return \.endpointProcessingTier1PerGB
        case .endpointProcessingTier2PerGB: return \.endpointProcessingTier2PerGB
        case .endpointProcessingTier3PerGB: return \.endpointProcessingTier3PerGB
        case .endpointTier1GB: return \.endpointTier1GB
        case .endpointTier2GB: return \.endpointTier2GB
        case .privateLinkCrossRegionProviderRegionHour: return \.privateLinkCrossRegionProviderRegionHour
        case .nlbHour: return \.nlbHour
        case .nlcuHour: return \.nlcuHour
        case .nlcuNewConnectionsPerSecond: return \.nlcuNewConnectionsPerSecond
        case .nlcuActiveConnections: return \.nlcuActiveConnections
        case .nlcuProcessedGBPerHour: return \.nlcuProcessedGBPerHour
        case .tgwAttachmentHour: return \.tgwAttachmentHour
        case .tgwProcessingPerGB: return \.tgwProcessingPerGB
        case .tgwProcessingFromPeeringPerGB: return \.tgwProcessingFromPeeringPerGB
        case .natGatewayHour: return \.natGatewayHour
        case .natGatewayPerGB: return \.natGatewayPerGB
        case .internetEgressPerGB: return \.internetEgressPerGB
        }
    }
}

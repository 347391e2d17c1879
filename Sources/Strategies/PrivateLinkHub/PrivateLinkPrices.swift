import CloudModel

extension PrivateLinkHubStrategy {
    /// One gibibyte-based petabyte in GB: AWS bills data in binary multiples (its pricing
    /// calculator counts 1 TB as 1,024 GB), so 1 PB = 1,024² GB. ⚠ Not in aws-facts.md.
    public static let gigabytesPerPetabyte: Double = 1_048_576

    static let privateLinkPricing = "mirror of aws.amazon.com/privatelink/pricing (stored)"

    /// Who pays the inter-Region data of a cross-Region endpoint, direction by direction.
    /// AWS's page says only that "AWS cross-Region data transfer" charges apply (the stored
    /// copy is cut off there), and that inter-Region data is charged by the source Region
    /// (Global Network FAQs). ⚠ Assumption: each direction is billed to the account that
    /// sends it, at its Region's rate: requests to the consumer (its Region's rate), responses
    /// to the provider (the service Region's rate). vpcsim reports one bill per design, so
    /// the split changes no number it prints.
    static let crossRegionPayer = "⚠ assumption: the sender pays each direction's cross-Region data transfer "
        + "(requests: the consumer, at its Region's rate; responses: the provider, at the service Region's); "
        + "AWS's page names the charge, not the payer"

    /// Cross-Region PrivateLink has no charge of its own. AWS's pricing page, "Cross-Region
    /// connectivity pricing" (https://aws.amazon.com/jp/privatelink/pricing/, stored copy):
    /// there is no premium for accessing services in other Regions; the standard PrivateLink
    /// hourly and data-processing charges apply, plus AWS cross-Region data transfer. The
    /// per-remote-Region-hour charge vpcsim used to bill ($0.05, a secondary source) is gone.
    static let crossRegionPricing = "https://aws.amazon.com/jp/privatelink/pricing/ (stored copy): "
        + "\"no premium for accessing services in other Regions\""

    /// PrivateLink's prices (aws-facts.md §4): endpoint hours per AZ, tiered data processing
    /// pooled per Region. Its Network Load Balancers' are shared (`LoadBalancerPrices`).
    public static var prices: [PriceFact] { [
        PriceFact(.interfaceEndpointAZHour, 0.01, unit: "USD per endpoint per AZ-hour",
                  source: "AWS pricing-page text (stored copy); number from " + SharedPrices.secondary2026,
                  asOf: "2026-06-12",
                  note: "Billed for each hour an endpoint is provisioned in each AZ; partial hours as full. "
                    + "Cross-Region endpoints pay the same and nothing more: " + crossRegionPricing + "; "
                    + crossRegionPayer + "."),
        PriceFact(.endpointProcessingTier1PerGB, 0.01, unit: "USD per GB", source: privateLinkPricing, asOf: "2026",
                  note: "First 1 PB per month, pooled over all interface endpoints in a Region."),
        PriceFact(.endpointProcessingTier2PerGB, 0.006, unit: "USD per GB", source: privateLinkPricing, asOf: "2026",
                  note: "Next 4 PB per month."),
        PriceFact(.endpointProcessingTier3PerGB, 0.004, unit: "USD per GB", source: privateLinkPricing, asOf: "2026",
                  note: "Over 5 PB per month."),
        PriceFact(.endpointTier1GB, gigabytesPerPetabyte, unit: "GB per month", source: privateLinkPricing,
                  asOf: "2026", status: .convention, note: "Size of the first tier: 1 PB (binary, see gigabytesPerPetabyte)."),
        PriceFact(.endpointTier2GB, 4 * gigabytesPerPetabyte, unit: "GB per month", source: privateLinkPricing,
                  asOf: "2026", status: .convention, note: "Size of the second tier: 4 PB."),
    ] }
}

extension PriceKey {
    /// Interface endpoint, per endpoint per AZ-hour.
    public static let interfaceEndpointAZHour = PriceKey("interface_endpoint_az_hour")
    /// Endpoint data processing, first tier, per GB.
    public static let endpointProcessingTier1PerGB = PriceKey("endpoint_processing_tier1_per_gb")
    /// Endpoint data processing, second tier, per GB.
    public static let endpointProcessingTier2PerGB = PriceKey("endpoint_processing_tier2_per_gb")
    /// Endpoint data processing, beyond the second tier, per GB.
    public static let endpointProcessingTier3PerGB = PriceKey("endpoint_processing_tier3_per_gb")
    /// Size of the first processing tier, GB per month per Region.
    public static let endpointTier1GB = PriceKey("endpoint_tier1_gb")
    /// Size of the second processing tier, GB per month per Region.
    public static let endpointTier2GB = PriceKey("endpoint_tier2_gb")
}

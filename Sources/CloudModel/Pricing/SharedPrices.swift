/// Prices that are not about one design: the billing month, data transfer between AZs and
/// Regions, load balancers (`LoadBalancerPrices`), and context prices (NAT, internet
/// egress). Each design's own prices are in its folder (`ConnectivityStrategy.prices`).
///
/// All from aws-facts.md §4, which cross-checked secondary sources dated 2025–2026 because
/// the stored copies of AWS's pricing pages lacked the numbers. Items marked ⚠ UNCONFIRMED
/// there carry `status: .unconfirmed` here.
public enum SharedPrices {
    /// The secondary sources of 2026 that several designs' prices cite (aws-facts.md §4).
    public static let secondary2026 = "[2nd] awsnegotiations.com (May 2026), usage.ai, c3x.dev, cloud-horizons (2026)"

    /// The shared prices, first in every catalog, in this order.
    public static let facts: [PriceFact] = [
        PriceFact(.hoursPerMonth, 730, unit: "hours per month", source: "AWS pricing convention (365 × 24 / 12)",
                  asOf: "-", status: .convention,
                  note: "AWS's calculator prices a month as 730 hours; monthly cost = hourly rate × 730.",
                  divides: true),
        PriceFact(.crossAZPerGB, 0.01, unit: "USD per GB, each direction", source: "[2nd] many", asOf: "2026",
                  note: "EC2 to EC2 across AZs without a gateway (e.g. an NLB with cross-zone on)."),
        PriceFact(.crossAZToEndpointOrTGWPerGB, 0, unit: "USD per GB", source: "[2nd] usage.ai (2026), citing AWS "
                    + "What's New 2022/04 data transfer price reduction", asOf: "2022-04-01", status: .unconfirmed,
                  note: "Cross-AZ data to an interface endpoint or through a TGW is free; processing still "
                    + "applies. ⚠ The primary was not read: the What's New URL "
                    + "(aws.amazon.com/about-aws/whats-new/2022/04/aws-data-transfer-price-reduction-privatelink-"
                    + "transit-gateway-client-vpn-services/) is only cited by link lists in the stored corpora; the stored "
                    + "PrivateLink pricing page (https://aws.amazon.com/privatelink/pricing/) says only \"you will incur "
                    + "data transfer charges if you send data to a VPC endpoint\" (whatever its association state) and "
                    + "gives no cross-AZ rate, and the stored TGW pricing transcription has none either (searched "
                    + "2026-12-07)."),
        PriceFact(.interRegionPerGB, 0.02, unit: "USD per GB, charged to the sender", source: "[2nd] "
                    + "redresscompliance.com; awsnegotiations.com (May 2026)", asOf: "2026-05", status: .unconfirmed,
                  note: "Only for a Region that is not built in (declared in a scenario): the rate of most "
                    + "US and EU Regions. ⚠ Set it for such a Region: out of APAC, SA, ME and AF it is 0.08–0.147."),
        PriceFact(.interRegionUSEast1USEast2PerGB, 0.01, unit: "USD per GB, charged to the sender",
                  source: "[2nd] redresscompliance.com; awsnegotiations.com", asOf: "2026-05",
                  note: "us-east-1 ↔ us-east-2, both directions."),
    ] + InterRegionPrices.facts + LoadBalancerPrices.facts + [
        PriceFact(.natGatewayHour, 0.045, unit: "USD per NAT gateway-hour", source: "[2nd] multiple", asOf: "2026",
                  note: "Context only."),
        PriceFact(.natGatewayPerGB, 0.045, unit: "USD per GB", source: "[2nd] multiple", asOf: "2026",
                  note: "Context only."),
        PriceFact(.internetEgressPerGB, 0.09, unit: "USD per GB (first 10 TB per month)", source: "[2nd] multiple",
                  asOf: "2026", note: "Context only."),
    ]

    /// The shared prices alone, e.g. for a table that no design reads.
    public static let catalog = PriceCatalog(facts)
}

extension PriceKey {
    /// Hours in a billing month (730 by AWS's convention).
    public static let hoursPerMonth = PriceKey("hours_per_month")
    /// EC2-to-EC2 data across AZs without a gateway, per GB in each direction.
    public static let crossAZPerGB = PriceKey("cross_az_per_gb")
    /// Cross-AZ data to an interface endpoint or through a TGW, per GB (free since 2022-04).
    public static let crossAZToEndpointOrTGWPerGB = PriceKey("cross_az_to_endpoint_or_tgw_per_gb")
    /// Inter-Region data transfer, per GB, charged to the sender, out of a Region that is not
    /// built in (the built-in Regions have their own: `PriceKey.interRegion(from:)`).
    public static let interRegionPerGB = PriceKey("inter_region_per_gb")
    /// Inter-Region data transfer between us-east-1 and us-east-2, per GB.
    public static let interRegionUSEast1USEast2PerGB = PriceKey("inter_region_us_east_1_us_east_2_per_gb")
    /// NAT gateway-hour (context).
    public static let natGatewayHour = PriceKey("nat_gateway_hour")
    /// NAT gateway data processing, per GB (context).
    public static let natGatewayPerGB = PriceKey("nat_gateway_per_gb")
    /// Internet egress, per GB (context).
    public static let internetEgressPerGB = PriceKey("internet_egress_per_gb")
}

/// The bundled list prices (us-east-1 unless stated), one `PriceFact` per `PriceKey`.
///
/// All from aws-facts.md §4, which cross-checked secondary sources dated 2025–2026 because
/// the stored copies of AWS's pricing pages lacked the numbers. Items marked ⚠ UNCONFIRMED
/// there carry `status: .unconfirmed` here.
public enum PriceCatalog {
    /// One gibibyte-based petabyte in GB: AWS bills data in binary multiples (its pricing
    /// calculator counts 1 TB as 1,024 GB), so 1 PB = 1,024² GB. ⚠ Not in aws-facts.md.
    public static let gigabytesPerPetabyte: Double = 1_048_576

    static let peeringBlog = "[AWS-BLOG] \"Demystifying Amazon VPC peering charges\""
    static let secondary2026 = "[2nd] awsnegotiations.com (May 2026), usage.ai, c3x.dev, cloud-horizons (2026)"
    static let privateLinkPricing = "mirror of aws.amazon.com/privatelink/pricing (stored)"

    /// The catalog, in `PriceKey.allCases` order.
    public static let facts: [PriceFact] = [
        PriceFact(.hoursPerMonth, 730, unit: "hours per month", source: "AWS pricing convention (365 × 24 / 12)",
                  asOf: "-", status: .convention,
                  note: "AWS's calculator prices a month as 730 hours; monthly cost = hourly rate × 730."),
        PriceFact(.peeringConnectionHour, 0, unit: "USD per peering connection-hour", source: peeringBlog,
                  asOf: "2025", note: "\"There is no charge to create a VPC peering connection.\""),
        PriceFact(.peeringSameAZPerGB, 0, unit: "USD per GB", source: peeringBlog, asOf: "2021-05-01",
                  note: "Free within one AZ, even across accounts, since 2021-05-01."),
        PriceFact(.peeringCrossAZPerGB, 0.01, unit: "USD per GB, each direction", source: peeringBlog + "; " + secondary2026,
                  asOf: "2025", note: "Sender out plus receiver in: 0.02 per GB crossing both ways."),
        PriceFact(.crossAZPerGB, 0.01, unit: "USD per GB, each direction", source: "[2nd] many", asOf: "2026",
                  note: "EC2 to EC2 across AZs without a gateway (e.g. an NLB with cross-zone on)."),
        PriceFact(.crossAZToEndpointOrTGWPerGB, 0, unit: "USD per GB", source: "[2nd] usage.ai (2026), citing AWS "
                    + "What's New 2022/04 data transfer price reduction", asOf: "2022-04-01", status: .unconfirmed,
                  note: "Cross-AZ data to an interface endpoint or through a TGW is free; processing still "
                    + "applies. ⚠ The primary was not read."),
        PriceFact(.interRegionPerGB, 0.02, unit: "USD per GB, charged to the sender", source: "[2nd] "
                    + "redresscompliance.com; awsnegotiations.com (May 2026); AWS re:Post (January 2026)",
                  asOf: "2026-05",
                  note: "Out of us-east-1 to most Regions. Applied to every source Region; out of APAC, SA, "
                    + "ME and AF it is higher (≈0.08–0.138 [2nd]) ⚠ UNCONFIRMED: see interRegionRateIsConfirmed."),
        PriceFact(.interRegionUSEast1USEast2PerGB, 0.01, unit: "USD per GB, charged to the sender",
                  source: "[2nd] redresscompliance.com; awsnegotiations.com", asOf: "2026-05",
                  note: "us-east-1 ↔ us-east-2, both directions."),
        PriceFact(.interfaceEndpointAZHour, 0.01, unit: "USD per endpoint per AZ-hour",
                  source: "AWS pricing-page text (stored copy); number from " + secondary2026, asOf: "2026-06-12",
                  note: "Billed for each hour an endpoint is provisioned in each AZ; partial hours as full."),
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
        PriceFact(.privateLinkCrossRegionProviderRegionHour, 0.05, unit: "USD per remote Region-hour (provider)",
                  source: "[2nd] (aws-facts.md §2.5)", asOf: "2024-11", status: .unconfirmed,
                  note: "\"provider pays ~$0.05/hr per active remote region\"; consumer pays inter-Region data "
                    + "transfer. ⚠ UNCONFIRMED against the pricing page."),
        PriceFact(.nlbHour, 0.0225, unit: "USD per NLB-hour", source: "[2nd] awsnegotiations.com", asOf: "2026-05",
                  note: "Tokyo: 0.0243 ([2nd] Japanese blog)."),
        PriceFact(.nlcuHour, 0.006, unit: "USD per NLCU-hour", source: "[2nd] awsnegotiations.com", asOf: "2026-05"),
        PriceFact(.nlcuNewConnectionsPerSecond, 800, unit: "new TCP connections per second per NLCU",
                  source: "[2nd]", asOf: "2026", status: .unconfirmed,
                  note: "NLCU dimensions are \"from memory/[2nd]; verify\" (aws-facts.md)."),
        PriceFact(.nlcuActiveConnections, 100_000, unit: "active TCP connections (sampled per minute) per NLCU",
                  source: "[2nd]", asOf: "2026", status: .unconfirmed),
        PriceFact(.nlcuProcessedGBPerHour, 1, unit: "GB processed per hour per NLCU", source: "[2nd]", asOf: "2026",
                  status: .unconfirmed),
        PriceFact(.tgwAttachmentHour, 0.05, unit: "USD per attachment-hour", source: secondary2026
                    + "; official China page CNY 0.5", asOf: "2026",
                  note: "VPC, VPN, DX-gateway and peering attachments; each side of a TGW peering pays. "
                    + "Some Regions are higher (ap-southeast-2: 0.07 [2nd])."),
        PriceFact(.tgwProcessingPerGB, 0.02, unit: "USD per GB sent into the TGW", source: secondary2026
                    + "; official China page CNY 0.143", asOf: "2026",
                  note: "Charged on data sent from a VPC/VPN/DX attachment into the TGW, not again on egress."),
        PriceFact(.tgwProcessingFromPeeringPerGB, 0, unit: "USD per GB arriving from a TGW peering attachment",
                  source: "aws-facts.md §4 (recollection)", asOf: "-", status: .unconfirmed,
                  note: "⚠ UNCONFIRMED whether processing applies to data arriving from a peering attachment "
                    + "(\"I recall AWS saying it is not\"); 0 here."),
        PriceFact(.natGatewayHour, 0.045, unit: "USD per NAT gateway-hour", source: "[2nd] multiple", asOf: "2026",
                  note: "Context only."),
        PriceFact(.natGatewayPerGB, 0.045, unit: "USD per GB", source: "[2nd] multiple", asOf: "2026",
                  note: "Context only."),
        PriceFact(.internetEgressPerGB, 0.09, unit: "USD per GB (first 10 TB per month)", source: "[2nd] multiple",
                  asOf: "2026", note: "Context only."),
    ]

    /// The fact for one key.
    public static func fact(_ key: PriceKey) -> PriceFact {
        // `facts` has one entry per key, in `PriceKey.allCases` order (checked by a test).
        facts[PriceKey.allCases.firstIndex(of: key)!]
    }
}

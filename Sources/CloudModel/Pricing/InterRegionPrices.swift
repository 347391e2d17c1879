/// Inter-Region data transfer out of each built-in Region, per GB, charged by the sending
/// Region: "For DTO and DTIR [data transfer between Regions], we charge for data transfer
/// only based on the source Region" (AWS Global Network FAQs,
/// https://aws.amazon.com/about-aws/global-infrastructure/global-network/faqs, stored copy);
/// data arriving in a Region is free. A request is billed at the client's Region's rate,
/// its response at the service's.
///
/// The per-Region figures belong to the data-transfer section of the EC2 on-demand pricing
/// page (https://aws.amazon.com/ec2/pricing/on-demand/), whose stored copies show no numbers
/// (the table is rendered by script). They come from secondary sources instead: us-east-1's
/// from several dated 2026 ones (aws-facts.md §4); the others from an extract of AWS's price
/// list in skyplane-project/skyplane (`skyplane/data/aws_transfer_costs.csv`, undated), with
/// São Paulo's 0.138 also in awsnegotiations.com (May 2026, "0.080–0.138"). Every figure but
/// us-east-1's is therefore marked ⚠ unconfirmed (`PriceStatus.unconfirmed`).
public enum InterRegionPrices {
    static let skyplane = "[2nd] skyplane-project/skyplane skyplane/data/aws_transfer_costs.csv "
        + "(extract of AWS's price list); ⚠ the EC2 on-demand pricing page's table was not readable"

    /// (Region, USD per GB out of it to any other Region, status, source), in the order of
    /// `BuiltInRegions.all`. The us-east-1 ↔ us-east-2 pair has its own price.
    static let table: [(region: String, perGB: Double, status: PriceStatus, source: String)] = [
        ("us-east-1", 0.02, .sourced, "[2nd] redresscompliance.com; awsnegotiations.com (May 2026); "
            + "AWS re:Post (January 2026); skyplane extract"),
        ("us-east-2", 0.02, .unconfirmed, skyplane),
        ("us-west-1", 0.02, .unconfirmed, skyplane),
        ("us-west-2", 0.02, .unconfirmed, skyplane),
        ("eu-west-1", 0.02, .unconfirmed, skyplane),
        ("eu-west-2", 0.02, .unconfirmed, skyplane),
        ("eu-central-1", 0.02, .unconfirmed, skyplane),
        ("ap-northeast-1", 0.09, .unconfirmed, skyplane),
        ("ap-south-1", 0.086, .unconfirmed, skyplane),
        ("ap-southeast-1", 0.09, .unconfirmed, skyplane),
        ("ap-southeast-2", 0.098, .unconfirmed, skyplane),
        ("sa-east-1", 0.138, .unconfirmed, skyplane + "; awsnegotiations.com (May 2026) gives 0.080–0.138"),
    ]

    /// One fact per source Region, keyed `inter_region_from_<region>_per_gb`.
    static var facts: [PriceFact] {
        table.map { row in
            PriceFact(PriceKey.interRegion(from: row.region)!, row.perGB,
                      unit: "USD per GB sent from \(row.region) to another Region", source: row.source,
                      asOf: row.status == .sourced ? "2026-05" : "undated", status: row.status,
                      note: "Charged to the sender; ingress is free (AWS Global Network FAQs: DTIR is charged "
                        + "based on the source Region)." + (row.status == .unconfirmed ? " ⚠ UNCONFIRMED." : ""))
        }
    }

    /// The Regions with a bundled price of their own.
    public static var regions: [String] { table.map(\.region) }
}

extension PriceKey {
    /// Inter-Region data transfer out of `region`, per GB, for a Region with a bundled
    /// price (`InterRegionPrices`); nil for any other Region, which uses `interRegionPerGB`.
    public static func interRegion(from region: String) -> PriceKey? {
        guard InterRegionPrices.table.contains(where: { $0.region == region }) else { return nil }
        return PriceKey("inter_region_from_" + region.replacingOccurrences(of: "-", with: "_") + "_per_gb")
    }
}

/// The twelve Regions bundled with vpcsim: those of `aws_region_rtt.csv`, for which measured
/// inter-Region round-trip times exist.
///
/// AZ ids are from AWS's AZ table, "AWS Availability Zones",
/// https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html
/// (stored copy; its text mentions accounts "created starting November 2025", so it dates from
/// late 2025 or later). Every listed AZ id is included, so the counts are AWS's documented
/// counts (3 to 6), not a default.
///
/// Zones named as constrained (new accounts may not launch zonal resources there) are listed
/// last, so that `zones(count:)` prefers the others: `use1-az3`, `usw1-az2`, `apne1-az3`.
/// AWS's page only says constrained zones exist and that "newer accounts can access two
/// Availability Zones in US West (N. California)"; which zones are constrained comes from
/// secondary sources (Terraform configurations excluding these ids) ⚠ not from AWS.
public enum BuiltInRegions {
    /// The twelve built-in Regions, in the order of the RTT file's rows.
    public static let all: [Region] = [
        region("us-east-1", [1, 2, 4, 5, 6, 3], note: "use1-az3 is constrained for new accounts ([2nd] ⚠)"),
        region("us-east-2", [1, 2, 3]),
        region("us-west-1", [1, 3, 2],
               note: "AWS: newer accounts can access two of the three AZs; usw1-az2 is the constrained one ([2nd] ⚠)"),
        region("us-west-2", [1, 2, 3, 4]),
        region("eu-west-1", [1, 2, 3]),
        region("eu-west-2", [1, 2, 3, 4]),
        region("eu-central-1", [1, 2, 3]),
        region("ap-northeast-1", [1, 2, 4, 3], note: "apne1-az3 is constrained for new accounts ([2nd] ⚠)"),
        region("ap-south-1", [1, 2, 3]),
        region("ap-southeast-1", [1, 2, 3]),
        region("ap-southeast-2", [1, 2, 3]),
        region("sa-east-1", [1, 2, 3]),
    ]

    /// The built-in Region with this code, if any.
    public static func named(_ name: String) -> Region? {
        all.first { $0.name == name }
    }

    /// The Region codes, in the order of `all`.
    public static var names: [String] { all.map(\.name) }

    private static func region(_ name: String, _ numbers: [Int], note: String = "") -> Region {
        let prefix = Region.zonePrefix(for: name)
        return Region(name: name, zonePrefix: prefix,
                      zones: numbers.map { AvailabilityZoneID(regionPrefix: prefix, number: $0) },
                      isBuiltIn: true, note: note)
    }
}

/// An Availability Zone by AZ id (`use1-az1`), the same physical zone in every AWS account.
///
/// AZ *names* (`us-east-1a`) are mapped per account in the oldest Regions, so everything in
/// vpcsim that must agree across accounts (PrivateLink endpoint placement, AZ outages) uses
/// AZ ids: "Match by AZ ID (e.g. use1-az1), not AZ name" (aws-facts.md §2.2).
public struct AvailabilityZoneID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The Region-specific prefix, e.g. `use1` for us-east-1.
    public let regionPrefix: String
    /// The number after `-az`, e.g. 1.
    public let number: Int

    /// The AZ id `<regionPrefix>-az<number>`.
    public init(regionPrefix: String, number: Int) {
        self.regionPrefix = regionPrefix
        self.number = number
    }

    /// The AZ id text, e.g. `use1-az1`.
    public var description: String { "\(regionPrefix)-az\(number)" }

    public static func < (a: AvailabilityZoneID, b: AvailabilityZoneID) -> Bool {
        a.regionPrefix != b.regionPrefix ? a.regionPrefix < b.regionPrefix : a.number < b.number
    }
}

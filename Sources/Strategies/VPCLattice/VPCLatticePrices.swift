/// VPC Lattice's list prices, kept here until the price catalog (`PriceKey`, `PriceTable`,
/// being reworked) gains them. US East (N. Virginia) figures, like the rest of vpcsim's
/// price table: "The price … varies by AWS Region", Amazon VPC Lattice Pricing,
/// https://aws.amazon.com/vpc/lattice/pricing/ .
public struct VPCLatticePrices: Equatable, Sendable {
    /// Per service per hour (or partial hour) it is provisioned: $0.025.
    ///
    /// Source: Amazon VPC Lattice Pricing, Example 1 ("You pay $0.025 per hour for each
    /// service in US East (N. Virginia)"; "100 services * $0.025 per hour * 730 hours =
    /// $1,825.00 per month"); Price List SKU YJ3BCMKN6N4V4VX3, "Per Hour per VPC Lattice
    /// Service". VPC associations and service network endpoints carry no charge ("VPC
    /// association and Service Network Endpoints at no additional cost", same page).
    public var serviceHour = 0.025

    /// Per GB processed by a service, request plus response: $0.025.
    ///
    /// Source: Amazon VPC Lattice Pricing ("adding the amount of data in each HTTP request
    /// that a service receives and the corresponding HTTP response"; Example 1: "$0.025 per
    /// GB of data processed by each service in US East (N. Virginia)"). The page adds: "There
    /// are no additional inter-Availability Zone (AZ) charges; all inter-AZ data is reflected
    /// in the data processing charge" (its Korean and German editions, same text), so Lattice
    /// pays no separate cross-AZ transfer.
    public var processingPerGB = 0.025

    /// Per million requests beyond the free ones: $0.10.
    ///
    /// Source: Amazon VPC Lattice Pricing, pricing examples ("$0.10 / 1M requests", as
    /// transcribed verbatim from the page by api-evangelist/amazon-vpc-lattice,
    /// plans/amazon-vpc-lattice-plans-pricing.yml, 2026-09-20); Price List SKU
    /// DJUV5YF82V6MHHV2, $0.0000001 per request.
    public var perMillionRequests = 0.10

    /// Requests per hour free of the request charge: 300,000.
    ///
    /// Source: Amazon VPC Lattice Pricing ("Always Free Tier of 300,000 requests/connections
    /// per hour"; "we deduct 300,000 from the number of requests/connections in an hour", same
    /// transcription); Price List SKU DQCNPSF4YK7XKQW8. ⚠ Assumption: the allowance is per
    /// service ("The number of requests that a service receives is tracked hourly", same
    /// page); the page's examples do not say whether it is per service or per account.
    public var freeRequestsPerHour = 300_000.0

    public init() {}

    /// The prices in force: the list prices above.
    public static let list = VPCLatticePrices()

    /// One service's monthly request charge at `requestsPerSecond` on average: the hourly
    /// count above the free allowance, at the per-million price, over `hours` hours.
    /// (AWS counts each hour's real requests; at a steady rate the average hour is the hour.)
    public func requestCharge(requestsPerSecond: Double, hours: Double) -> Double {
        let billable = Swift.max(0, requestsPerSecond * 3_600 - freeRequestsPerHour)
        return billable / 1_000_000 * perMillionRequests * hours
    }
}

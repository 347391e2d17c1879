import CloudModel

extension VPCLatticeStrategy {
    static let latticePricing = "[DOC] aws.amazon.com/vpc/lattice/pricing (Amazon VPC Lattice Pricing, US East (N. Virginia); "
        + "\"The price … varies by AWS Region\")"

    /// VPC Lattice's list prices. VPC associations and service-network endpoints carry no
    /// charge ("VPC association and Service Network Endpoints at no additional cost", same page).
    public static var prices: [PriceFact] { [
        PriceFact(.latticeServiceHour, 0.025, unit: "USD per service-hour", source: latticePricing
                    + "; Price List SKU YJ3BCMKN6N4V4VX3", asOf: "2026-09",
                  note: "Example 1: \"You pay $0.025 per hour for each service\"; \"100 services * $0.025 per hour * "
                    + "730 hours = $1,825.00 per month\"."),
        PriceFact(.latticeProcessingPerGB, 0.025, unit: "USD per GB processed (request plus response)",
                  source: latticePricing, asOf: "2026-09",
                  note: "\"There are no additional inter-Availability Zone (AZ) charges; all inter-AZ data is "
                    + "reflected in the data processing charge\": no separate cross-AZ transfer."),
        PriceFact(.latticePerMillionRequests, 0.10, unit: "USD per million requests above the free allowance",
                  source: latticePricing + " (as transcribed by api-evangelist/amazon-vpc-lattice, 2026-09-20); "
                    + "Price List SKU DJUV5YF82V6MHHV2", asOf: "2026-09"),
        PriceFact(.latticeFreeRequestsPerHour, 300_000, unit: "requests per service-hour free of the request charge",
                  source: latticePricing + "; Price List SKU DQCNPSF4YK7XKQW8", asOf: "2026-09", status: .unconfirmed,
                  note: "\"Always Free Tier of 300,000 requests/connections per hour\". ⚠ Assumption: the allowance "
                    + "is per service (\"The number of requests that a service receives is tracked hourly\"); the "
                    + "examples do not say whether it is per service or per account."),
    ] }
}

extension PriceKey {
    /// A VPC Lattice service, per hour it is provisioned.
    public static let latticeServiceHour = PriceKey("lattice_service_hour")
    /// Data a Lattice service processes, per GB.
    public static let latticeProcessingPerGB = PriceKey("lattice_processing_per_gb")
    /// Lattice requests beyond the free allowance, per million.
    public static let latticePerMillionRequests = PriceKey("lattice_per_million_requests")
    /// Requests per service-hour free of the request charge.
    public static let latticeFreeRequestsPerHour = PriceKey("lattice_free_requests_per_hour")
}

extension PriceTable {
    /// One Lattice service's monthly request charge at `requestsPerSecond` on average: the
    /// hourly count above the free allowance, at the per-million price, over `hours` hours.
    /// (AWS counts each hour's real requests; at a steady rate the average hour is the hour.)
    public func latticeRequestCharge(requestsPerSecond: Double, hours: Double) -> Double {
        let billable = Swift.max(0, requestsPerSecond * 3_600 - self[.latticeFreeRequestsPerHour])
        return billable / 1_000_000 * self[.latticePerMillionRequests] * hours
    }
}

import CloudModel

extension PeeringMeshStrategy {
    static let peeringBlog = "[AWS-BLOG] \"Demystifying Amazon VPC peering charges\""

    /// VPC peering's prices (aws-facts.md §4): the connection is free, and so is data within
    /// one AZ; data across AZs pays in each direction.
    public static var prices: [PriceFact] { [
        PriceFact(.peeringConnectionHour, 0, unit: "USD per peering connection-hour", source: peeringBlog,
                  asOf: "2025", note: "\"There is no charge to create a VPC peering connection.\""),
        PriceFact(.peeringSameAZPerGB, 0, unit: "USD per GB", source: peeringBlog, asOf: "2021-05-01",
                  note: "Free within one AZ, even across accounts, since 2021-05-01."),
        PriceFact(.peeringCrossAZPerGB, 0.01, unit: "USD per GB, each direction",
                  source: peeringBlog + "; " + SharedPrices.secondary2026,
                  asOf: "2025", note: "Sender out plus receiver in: 0.02 per GB crossing both ways."),
    ] }
}

extension PriceKey {
    /// VPC peering connection-hour (free).
    public static let peeringConnectionHour = PriceKey("peering_connection_hour")
    /// Peering data that stays in one AZ, per GB (free).
    public static let peeringSameAZPerGB = PriceKey("peering_same_az_per_gb")
    /// Peering data across AZs, per GB in each direction.
    public static let peeringCrossAZPerGB = PriceKey("peering_cross_az_per_gb")
}

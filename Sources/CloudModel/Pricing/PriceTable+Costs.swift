extension PriceTable {
    /// The monthly cost of an hourly rate: rate × `hoursPerMonth`.
    @inlinable public func monthly(hourly rate: Double) -> Double { rate * self[.hoursPerMonth] }

    /// The inter-Region transfer price per GB for data sent from `source` to `destination`
    /// (the sender pays; ingress is free). Same-Region pairs cost nothing here.
    public func interRegionPerGB(from source: String, to destination: String) -> Double {
        if source == destination { return 0 }
        if (source == "us-east-1" && destination == "us-east-2") || (source == "us-east-2" && destination == "us-east-1") {
            return self[.interRegionUSEast1USEast2PerGB]
        }
        return self[.interRegionPerGB]
    }

    /// Whether aws-facts.md confirms the inter-Region rate for this source: only for data out
    /// of us-east-1 (to most Regions, and the us-east-1 ↔ us-east-2 pair). Other source Regions
    /// use the same default, which for APAC, SA, ME and AF is known to be too low (⚠).
    public static func interRegionRateIsConfirmed(from source: String, to destination: String) -> Bool {
        source == "us-east-1" || (source == "us-east-2" && destination == "us-east-1")
    }
}

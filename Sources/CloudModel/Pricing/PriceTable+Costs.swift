extension PriceTable {
    /// The monthly cost of an hourly rate: rate × `hoursPerMonth`.
    @inlinable public func monthly(hourly rate: Double) -> Double { rate * self[.hoursPerMonth] }

    /// The inter-Region transfer price per GB for data sent from `source` to `destination`:
    /// the sending Region's rate (`InterRegionPrices`; ingress is free), the us-east-1 ↔
    /// us-east-2 pair's own, or `inter_region_per_gb` for a Region that is not built in.
    /// Same-Region pairs cost nothing here.
    public func interRegionPerGB(from source: String, to destination: String) -> Double {
        if source == destination { return 0 }
        if (source == "us-east-1" && destination == "us-east-2") || (source == "us-east-2" && destination == "us-east-1") {
            return self[.interRegionUSEast1USEast2PerGB]
        }
        if let key = PriceKey.interRegion(from: source) { return self[key] }
        return self[.interRegionPerGB]
    }
}

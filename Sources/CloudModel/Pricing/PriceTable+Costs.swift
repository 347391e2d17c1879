extension PriceTable {
    /// The monthly cost of an hourly rate: rate × `hoursPerMonth`.
    @inlinable public func monthly(hourly rate: Double) -> Double { rate * hoursPerMonth }

    /// The inter-Region transfer price per GB for data sent from `source` to `destination`
    /// (the sender pays; ingress is free). Same-Region pairs cost nothing here.
    public func interRegionPerGB(from source: String, to destination: String) -> Double {
        if source == destination { return 0 }
        if (source == "us-east-1" && destination == "us-east-2") || (source == "us-east-2" && destination == "us-east-1") {
            return interRegionUSEast1USEast2PerGB
        }
        return interRegionPerGB
    }

    /// Whether aws-facts.md confirms the inter-Region rate for this source: only for data out
    /// of us-east-1 (to most Regions, and the us-east-1 ↔ us-east-2 pair). Other source Regions
    /// use the same default, which for APAC, SA, ME and AF is known to be too low (⚠).
    public static func interRegionRateIsConfirmed(from source: String, to destination: String) -> Bool {
        source == "us-east-1" || (source == "us-east-2" && destination == "us-east-1")
    }

    /// Interface-endpoint data processing for one Region's monthly volume, with the tiers
    /// applied to the volume pooled over all interface endpoints of the Region.
    public func endpointProcessingCost(gigabytesPerMonth gb: Double) -> Double {
        let volume = max(0, gb)
        let first = min(volume, endpointTier1GB)
        let second = min(max(volume - endpointTier1GB, 0), endpointTier2GB)
        let rest = max(volume - endpointTier1GB - endpointTier2GB, 0)
        return first * endpointProcessingTier1PerGB + second * endpointProcessingTier2PerGB
            + rest * endpointProcessingTier3PerGB
    }

    /// NLCUs consumed in one hour: the largest of the three dimensions (new connections per
    /// second, active connections, GB processed per hour), each divided by its per-NLCU size.
    public func nlcus(newConnectionsPerSecond: Double, activeConnections: Double, processedGBPerHour: Double) -> Double {
        max(newConnectionsPerSecond / nlcuNewConnectionsPerSecond,
            activeConnections / nlcuActiveConnections,
            processedGBPerHour / nlcuProcessedGBPerHour, 0)
    }
}

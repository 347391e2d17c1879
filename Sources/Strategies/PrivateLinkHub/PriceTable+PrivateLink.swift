import CloudModel

extension PriceTable {
    /// Interface-endpoint data processing for one Region's monthly volume, with the tiers
    /// applied to the volume pooled over all interface endpoints of the Region.
    public func endpointProcessingCost(gigabytesPerMonth gb: Double) -> Double {
        let tier1 = self[.endpointTier1GB], tier2 = self[.endpointTier2GB]
        let volume = max(0, gb)
        let first = min(volume, tier1)
        let second = min(max(volume - tier1, 0), tier2)
        let rest = max(volume - tier1 - tier2, 0)
        return first * self[.endpointProcessingTier1PerGB] + second * self[.endpointProcessingTier2PerGB]
            + rest * self[.endpointProcessingTier3PerGB]
    }
}

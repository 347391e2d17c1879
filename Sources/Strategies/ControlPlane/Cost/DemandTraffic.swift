import CloudModel
import SimKernel

/// One demand's traffic as a month of volume: the quantity every per-GB price applies to.
///
/// Volume = rate × mean size × seconds in the billing month (hours_per_month × 3,600).
/// A size distribution with an infinite mean (a Pareto of shape ≤ 1) uses its median
/// instead. GB are binary (2^30 bytes), as the designs' per-GB price tiers count them.
public struct DemandTraffic: Equatable, Sendable {
    /// Mean requests per second.
    public var requestsPerSecond: Double
    /// Request bytes per month, in GB (consumer → service).
    public var requestGB: Double
    /// Response bytes per month, in GB (service → consumer).
    public var responseGB: Double

    /// Bytes in one billed GB.
    public static let bytesPerGB: Double = 1_073_741_824

    public init(requestsPerSecond: Double, requestGB: Double, responseGB: Double) {
        self.requestsPerSecond = requestsPerSecond
        self.requestGB = requestGB
        self.responseGB = responseGB
    }

    /// The monthly volume of `demand` under `prices`' hours per month.
    public init(_ demand: Topology.Demand, prices: PriceTable) {
        let seconds = prices[.hoursPerMonth] * 3_600
        func meanBytes(_ size: DistributionSpec) -> Double {
            if let mean = size.mean, mean.isFinite { return mean }
            return size.quantile(0.5)
        }
        requestsPerSecond = demand.ratePerSecond
        requestGB = demand.ratePerSecond * meanBytes(demand.requestSize) * seconds / Self.bytesPerGB
        responseGB = demand.ratePerSecond * meanBytes(demand.responseSize) * seconds / Self.bytesPerGB
    }

    /// Both directions, GB per month.
    public var totalGB: Double { requestGB + responseGB }
}

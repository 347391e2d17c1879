import CloudModel
import SimKernel

/// Everything a control plane needs besides the topology: quotas, prices, operation delays,
/// the strategies' options, and where its random numbers come from.
public struct ControlPlaneConfiguration: Sendable {
    /// Quotas in force (a quota refuses the operation that would exceed it).
    public var quotas: QuotaSet
    /// Prices for the monthly cost run rate.
    public var prices: PriceTable
    /// Durations of API operations.
    public var delays: ControlPlaneDelays
    /// Every design's options (each design reads its own).
    public var options: DesignOptions
    /// The scenario's seed; delay streams derive from (seed, purpose, replication).
    public var seed: UInt64
    /// The replication number, so that replications draw independent delays.
    public var replication: Int
    /// The most timeseries rows one run keeps (about half at VPC joins, half at regular
    /// points). Default 1,000.
    public var maximumTimeseriesRows: Int

    public init(quotas: QuotaSet = .maximum, prices: PriceTable = .listPrices,
                delays: ControlPlaneDelays = .defaults, options: DesignOptions = DesignOptions(),
                seed: UInt64 = 1, replication: Int = 0, maximumTimeseriesRows: Int = 1_000) {
        self.quotas = quotas
        self.prices = prices
        self.delays = delays
        self.options = options
        self.seed = seed
        self.replication = replication
        self.maximumTimeseriesRows = maximumTimeseriesRows
    }
}

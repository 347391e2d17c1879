import SimKernel

/// Control-plane growth: a fleet's VPCs arriving one by one over simulated time.
public struct GrowthSpec: Equatable, Sendable {
    /// The fleet that grows.
    public var fleet: String
    /// VPCs present at time 0, at most the fleet's count. Default: 0.
    public var initial: Int
    /// Time between two VPC arrivals.
    public var interarrival: DistributionSpec
    /// When growth stops, even if the fleet is not complete; nil means it stops when the
    /// fleet reaches its count.
    public var horizon: SimTime?

    public init(fleet: String, initial: Int = 0, interarrival: DistributionSpec, horizon: SimTime? = nil) {
        self.fleet = fleet
        self.initial = initial
        self.interarrival = interarrival
        self.horizon = horizon
    }
}

import SimKernel

/// Latency distributions that replace the built-in, sourced defaults (`latency:`).
/// Each nil field means "use the built-in value".
public struct LatencySettings: Equatable, Sendable {
    /// Round trip between two hosts in the same AZ.
    public var sameAZ: DistributionSpec?
    /// Round trip between two AZs of one region.
    public var crossAZ: DistributionSpec?
    /// One way through an interface endpoint and the NLB behind it.
    public var privateLinkHop: DistributionSpec?
    /// One way through a Transit Gateway attachment.
    public var tgwHop: DistributionSpec?
    /// Inter-region round trips per directed region pair, in file order.
    public var overrides: [LatencyOverride]

    public init(sameAZ: DistributionSpec? = nil, crossAZ: DistributionSpec? = nil,
                privateLinkHop: DistributionSpec? = nil, tgwHop: DistributionSpec? = nil,
                overrides: [LatencyOverride] = []) {
        self.sameAZ = sameAZ
        self.crossAZ = crossAZ
        self.privateLinkHop = privateLinkHop
        self.tgwHop = tgwHop
        self.overrides = overrides
    }

    /// The override for the directed pair, if the file gives one.
    public func override(from: String, to: String) -> LatencyOverride? {
        overrides.first { $0.from == from && $0.to == to }
    }
}

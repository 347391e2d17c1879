import SimKernel

/// The estate grown in place (`growth.traffic`, `growth.instances`): every traffic entry's rate
/// and every service's instances per AZ multiplied, the same for every design. It is how an
/// imported estate (explicit VPCs, no fleet to grow) is grown: sweep the factors
/// (`vary: {growth.traffic: [1, 2, 4, 8]}`) to see at which one the estate breaks (a service
/// saturates, an NLB's connection limit refuses, an objective fails). The factors apply when
/// the scenario is read, so validation, memory estimates, the topology, costs and reports all
/// see the grown estate.
///
/// Not grown: the VPCs and their connectivity (new peerings, attachments or endpoints following
/// the estate's pattern are not modelled); `growth.fleet` adds VPCs, which a design that
/// simulates an imported estate leaves unconnected (the estate as it is).
public struct GrowthFactors: Equatable, Sendable {
    /// Every traffic entry's rate × this (> 0). Default: 1.
    public var traffic: Double
    /// Every service's `instances_per_az` × this, rounded up to a whole instance (> 0, at least
    /// one instance per AZ). Default: 1.
    public var instances: Double

    public init(traffic: Double = 1, instances: Double = 1) {
        self.traffic = traffic
        self.instances = instances
    }

    /// No growth.
    public static let none = GrowthFactors()

    /// The largest factor accepted: beyond it a grown count no longer fits the simulator.
    public static let largest = 1e6

    /// `rate` grown, in its own unit.
    public func grown(_ rate: Rate) -> Rate { Rate(count: rate.count * traffic, unit: rate.unit) }

    /// `instancesPerAZ` grown: rounded up, with a tolerance of 1e-9 for factors such as 1.1 that
    /// binary floating point cannot hold exactly (10 × 1.1 is 11, not 12).
    /// Held below 2^53 (beyond, the memory estimate of `vpcsim validate` refuses it anyway).
    public func grown(instancesPerAZ: Int) -> Int {
        let x = (Double(instancesPerAZ) * instances - 1e-9).rounded(.up)
        return x < 0x1p53 ? max(1, Int(x)) : 1 << 53
    }
}

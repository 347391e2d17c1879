import Strategies
import CloudModel
import SimKernel

/// A scenario as written in its YAML file, with every default filled in and every
/// cross-reference checked: the input of one `vpcsim run`.
///
/// Values are in file order (never dictionary order), so anything derived from a scenario is
/// deterministic. See DESIGN.md, "Scenario file (YAML)", for the language.
public struct Scenario: Equatable, Sendable {
    /// The scenario's name, also the default output folder `results/<name>/`.
    /// Default: the file's name without its extension.
    public var name: String
    /// The run's random seed; every random stream derives from it. Default: 1.
    public var seed: UInt64
    /// Independent replications per strategy (confidence intervals use Student-t).
    /// Default: 5, the fewest that give a usable interval at 95 %.
    public var replications: Int
    /// The designs to compare, in the order given. Default: all three, in DESIGN.md's order.
    public var strategies: [StrategyKind]
    /// Simulated data-plane time per replication. Default: 10 minutes.
    public var duration: SimTime
    /// The start of each replication left out of latency statistics; shorter than
    /// `duration`. Default: a tenth of `duration`.
    public var warmup: SimTime
    /// Every region the scenario uses: those declared under `regions:` in file order, then
    /// built-in regions that VPCs or fleets name without declaring, in order of first use.
    public var regions: [RegionSpec]
    /// Explicit VPCs. Default: none.
    public var vpcs: [VPCSpec]
    /// Generated groups of VPCs. Default: none.
    public var fleets: [FleetSpec]
    /// Services that traffic calls. Default: none.
    public var services: [ServiceSpec]
    /// Request streams from VPCs and fleets to services. Default: none.
    public var traffic: [TrafficSpec]
    /// Control-plane growth of one fleet over time; nil means the topology is provisioned
    /// before time 0.
    public var growth: GrowthSpec?
    /// The estate grown in place (`growth.traffic`, `growth.instances`), already applied to
    /// `traffic` and `services` when the scenario was read; kept to say so.
    public var growthFactors = GrowthFactors.none
    /// Each design's options, from its own section (`peering:`, `privatelink:`, ...; the
    /// section names are the designs', see `ConnectivityStrategy.optionsSection`).
    public var options: DesignOptions
    /// Durations of control-plane API operations (`control_plane:`); each defaults to a
    /// sourced or documented value (see `ControlPlaneDelays`).
    public var controlPlane: ControlPlaneDelays
    /// Latency distributions that replace the built-in, sourced defaults.
    public var latency: LatencySettings
    /// AWS quotas in force (CloudModel's catalog). Default: `maximum`, the highest value
    /// each quota can be raised to, since a study asks where a design breaks.
    public var quotas: QuotaSet
    /// Faults injected during the data-plane run, in file order. Default: none.
    public var faults: [FaultSpec]
    /// What the study must meet (`objectives:`), in file order: `vpcsim plan` searches for
    /// the parameter value that meets them all, sweeps mark each point pass or fail.
    /// Default: none.
    public var objectives: [Objective] = []
    /// Where the scenario was written, to locate errors found after loading; not part of
    /// its value (equal whatever it holds).
    public var source = ScenarioSource()

    public init(name: String, seed: UInt64 = Scenario.defaultSeed,
                replications: Int = Scenario.defaultReplications,
                strategies: [StrategyKind] = DesignRegistry.defaultStrategies,
                duration: SimTime = Scenario.defaultDuration, warmup: SimTime? = nil,
                regions: [RegionSpec] = [], vpcs: [VPCSpec] = [], fleets: [FleetSpec] = [],
                services: [ServiceSpec] = [], traffic: [TrafficSpec] = [], growth: GrowthSpec? = nil,
                options: DesignOptions = DesignOptions(),
                controlPlane: ControlPlaneDelays = .defaults,
                latency: LatencySettings = LatencySettings(), quotas: QuotaSet = .maximum,
                faults: [FaultSpec] = [], objectives: [Objective] = []) {
        self.name = name
        self.seed = seed
        self.replications = replications
        self.strategies = strategies
        self.duration = duration
        self.warmup = warmup ?? Scenario.defaultWarmup(for: duration)
        self.regions = regions
        self.vpcs = vpcs
        self.fleets = fleets
        self.services = services
        self.traffic = traffic
        self.growth = growth
        self.options = options
        self.controlPlane = controlPlane
        self.latency = latency
        self.quotas = quotas
        self.faults = faults
        self.objectives = objectives
    }

    /// The seed used when the file gives none.
    public static let defaultSeed: UInt64 = 1
    /// Replications when the file gives none.
    public static let defaultReplications = 5
    /// Simulated time when the file gives none: 10 minutes.
    public static let defaultDuration = SimTime(nanoseconds: 600 * SimTime.nanosecondsPerSecond)

    /// Warm-up when the file gives none: a tenth of the duration.
    public static func defaultWarmup(for duration: SimTime) -> SimTime {
        SimTime(nanoseconds: duration.nanoseconds / 10)
    }

    /// The region called `name`, if the scenario uses it.
    public func region(named name: String) -> RegionSpec? {
        regions.first { $0.name == name }
    }

    /// The explicit VPC called `name`.
    public func vpc(named name: String) -> VPCSpec? {
        vpcs.first { $0.name == name }
    }

    /// The fleet called `name`.
    public func fleet(named name: String) -> FleetSpec? {
        fleets.first { $0.name == name }
    }

    /// The service called `name`.
    public func service(named name: String) -> ServiceSpec? {
        services.first { $0.name == name }
    }
}

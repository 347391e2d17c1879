import CloudModel

extension StrategyKind {
    /// An Amazon VPC Lattice service network per Region: services associated with it,
    /// consumer VPCs associated with it.
    public static let vpcLattice = StrategyKind(defining: "vpc-lattice")
}

extension VPCLatticeStrategy {
    public typealias Settings = VPCLatticeSettings
    /// The scenario section of the design's options (none yet: an empty mapping or nothing).
    public static var optionsSection: String { "vpc_lattice" }

    public static var summary: String {
        "A VPC Lattice service network per Region: provider services and consumer VPCs associated with it (no cross-Region reach)."
    }
    /// Okabe–Ito palette (distinguishable for colour-blind readers): reddish purple, unused
    /// by the other designs (#0072B2, #E69F00, #009E73).
    public static var chartColour: String { "#CC79A7" }

    /// No acceptance: RAM sharing inside one Organization.
    public static func acceptanceSetting(_ options: DesignOptions) -> String {
        "none (RAM sharing inside one AWS Organization, no invitation; ⚠ assumption)"
    }

    /// None: VPC Lattice is itself the proxy that balances over its target group's targets
    /// (instances registered directly), so a service's `load_balancer` adds nothing under it.
    public static func addedLoadBalancer(_ configured: LoadBalancerKind) -> LoadBalancerKind { .none }

    /// The Lattice service itself, billed as such.
    public static var ownLoadBalancer: String? { "Lattice service proxy" }

    /// The proxy picks the target: no client-side AZ choice, and AWS documents no zonal
    /// affinity for Lattice target groups.
    public static func clientRoutingSetting(_ options: DesignOptions) -> String {
        "any-az (the Lattice proxy picks the target; no AZ-local option documented, ⚠ assumption)"
    }
}

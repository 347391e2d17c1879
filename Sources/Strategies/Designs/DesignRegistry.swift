import CloudModel

/// The designs vpcsim compares, one line each. Scenario parsing, `--strategies`, dispatch,
/// CSV reading, charts and reports all read this list: a new design is a folder of its own
/// plus its line here.
///
/// The order is the order of every table, chart legend and default `strategies:` list. The
/// first design is the baseline that reports measure the others against (latency added,
/// cost saved).
public enum DesignRegistry {
    /// Every design, baseline first.
    public static var designs: [any ConnectivityStrategy.Type] { [
        PeeringMeshStrategy.self,
        PrivateLinkHubStrategy.self,
        TransitGatewayStrategy.self,
        VPCLatticeStrategy.self,
        SharedVPCStrategy.self,
        AsIsStrategy.self,
    ] }

    /// The designs a scenario runs when it lists no `strategies:`: every design that builds
    /// its own connectivity (not `as-is`, which needs an estate), in registry order.
    public static var defaultStrategies: [StrategyKind] { designs.filter { !$0.needsEstate }.map { $0.kind } }

    /// The design reports compare every other design against.
    public static var baseline: StrategyKind { designs[0].kind }
}

extension DesignRegistry {
    /// Every design's hops, in registry order, then the load balancers' (`LoadBalancerHops`),
    /// which any design may pass; each key once (a design may pass another's hop, as
    /// shared-vpc's `tgw-peering` passes `tgw_hop`, as-is the Transit Gateway's and the
    /// endpoint's): the hop keys a scenario's `latency:` section accepts, and the rows of
    /// `vpcsim regions`' hop table.
    public static var hops: [HopDefinition] {
        var seen: Set<String> = []
        return (designs.flatMap { $0.hops } + LoadBalancerHops.all).filter { seen.insert($0.key).inserted }
    }
}

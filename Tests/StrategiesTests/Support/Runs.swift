import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// A scenario loaded from YAML text (recording an issue on failure).
func scenario(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
    try ScenarioLoader.load(text: text, displayName: "test.yaml")
}

/// Provisions the scenario's topology (replication `replication`) under `Strategy` to quiescence.
func provision<Strategy: ConnectivityStrategy>(_ text: String, _ type: Strategy.Type, replication: Int = 0) throws
    -> ControlPlane<Strategy> {
    let s = try scenario(text)
    return ControlPlane<Strategy>.provision(topology: try s.topology(replication: replication),
                                            configuration: s.controlPlaneConfiguration(replication: replication))
}

/// Constant control-plane delays, so that times can be worked out by hand.
let constantDelays = """
    control_plane:
      peering_create: 5s
      peering_provision: 10s
      route_create: 2s
      nlb_create: 200s
      endpoint_service_create: 3s
      endpoint_create: 130s
      tgw_create: 100s
      tgw_attachment: 90s
      tgw_peering: 120s

    """

/// A fleet of `count` single-CIDR VPCs (/16 each out of 10.0.0.0/8) in `region`.
func fleet(_ name: String, count: Int, region: String = "us-east-1", azs: Int = 2, overlap: Double = 0,
           routeTables: Int = 1, prefix: Int = 16) -> String {
    "  - {name: \(name), region: \(region), count: \(count), cidr_pool: 10.0.0.0/8, prefix: \(prefix), azs: \(azs), "
        + "overlap: \(overlap), route_tables: \(routeTables)}\n"
}

/// Index of the VPC called `name`.
func vpcIndex<S: ConnectivityStrategy>(_ name: String, in controlPlane: ControlPlane<S>) -> Int {
    controlPlane.topology.vpcs.firstIndex { $0.vpc.name == name }!
}

/// Count of goals unreachable for `reason`.
func unreachable(_ result: ControlPlaneResult, _ reason: UnreachableReason) -> Int {
    result.unreachableByReason.first { $0.reason == reason }!.count
}

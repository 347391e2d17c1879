/// peering-mesh's data plane: a peering is a route, so the client balances over every
/// healthy instance of the service in every AZ (uniformly at random) and most calls cross
/// AZs (aws-facts.md §2.2). No hop, no capacity checkpoint: a peering has no bandwidth
/// limit of its own ("no single point of failure … no bandwidth bottleneck", VPC peering
/// guide).
struct PeeringMeshPath: DataPlanePath {
    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, layout: layout, health: health).path
    }
}

extension PeeringMeshStrategy {
    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        PeeringMeshPath()
    }
}

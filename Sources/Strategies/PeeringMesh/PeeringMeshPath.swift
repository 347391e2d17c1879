/// peering-mesh's data plane: a peering is a route, so the client picks the instance
/// itself: by default (`peering.client_routing: any-az`) over every healthy instance of the
/// service in every AZ (uniformly at random), so most calls cross AZs (aws-facts.md §2.2);
/// with `same-az`, in its own AZ (`ClientRouting`). No hop, no capacity checkpoint: a
/// peering has no bandwidth limit of its own ("no single point of failure … no bandwidth
/// bottleneck", VPC peering guide).
struct PeeringMeshPath: DataPlanePath {
    /// How clients pick the instance (`peering.client_routing`).
    var routing: ClientRouting

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing, layout: layout, health: health).path
    }
}

extension PeeringMeshStrategy {
    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        PeeringMeshPath(routing: configuration.options.peering.clientRouting)
    }
}

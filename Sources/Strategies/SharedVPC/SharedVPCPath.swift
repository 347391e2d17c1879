/// shared-vpc's data plane: inside a Region every workload is in one VPC, so a request
/// takes the local route; across Regions, the shared VPCs' peering. Either way the client
/// picks the instance as under peering (`shared_vpc.client_routing`: by default over every
/// healthy instance in every AZ; `ClientRouting`). No hop and no capacity checkpoint of
/// its own.
struct SharedVPCPath: DataPlanePath {
    /// How clients pick the instance (`shared_vpc.client_routing`).
    var routing: ClientRouting

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing, layout: layout, health: health).path
    }
}

extension SharedVPCStrategy {
    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        SharedVPCPath(routing: configuration.options.sharedVPC.clientRouting)
    }
}

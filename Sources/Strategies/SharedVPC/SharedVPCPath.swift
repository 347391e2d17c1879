/// shared-vpc's data plane: inside a Region every workload is in one VPC, so a request
/// takes the local route; across Regions, the shared VPCs' peering. Either way the client
/// balances over every healthy instance in every AZ, as under peering. No hop and no
/// capacity checkpoint of its own.
struct SharedVPCPath: DataPlanePath {
    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, layout: layout, health: health).path
    }
}

extension SharedVPCStrategy {
    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        SharedVPCPath()
    }
}

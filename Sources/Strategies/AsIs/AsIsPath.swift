/// as-is's data plane: a reachable request goes straight from client to instance, the
/// client choosing any healthy instance in any AZ (`any-az`, AWS's default; an export does
/// not say how clients choose). ⚠ Simplification: the hop of a Transit Gateway (0.05 ms each
/// way) or an interface endpoint (0.025–0.15 ms each way) on the estate's path is not added,
/// and no attachment or endpoint capacity checkpoint is modelled.
struct AsIsPath: DataPlanePath {
    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: .anyAZ, layout: layout, health: health).path
    }
}

extension AsIsStrategy {
    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath { AsIsPath() }
}

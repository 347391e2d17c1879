import CloudModel

/// shared-vpc's data plane: inside a Region every workload is in one VPC, so a request
/// takes the local route; across Regions, the shared VPCs' link (`shared_vpc.cross_region`).
/// Either way the client picks the instance as under peering (`shared_vpc.client_routing`:
/// by default over every healthy instance in every AZ; `ClientRouting`).
///
/// Over a VPC peering there is no hop. Over `tgw-peering` a cross-Region request passes
/// the two Regions' transit gateways each way: two `tgw_hop`s out and two back, the
/// transit-gateway design's hop (`TransitGatewayStrategy.gatewayHopDefinition`), as its
/// own cross-Region path does. The gateways' attachments are not capacity checkpoints here
/// (the transit-gateway design's per-AZ attachment limits are not modelled for this
/// design). With `none`, a cross-Region request has no route.
struct SharedVPCPath: DataPlanePath {
    /// How clients pick the instance (`shared_vpc.client_routing`).
    var routing: ClientRouting
    /// How the Regions are linked (`shared_vpc.cross_region`).
    var crossRegion: SharedVPCSettings.CrossRegion

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        if demand.sameRegion {
            return DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing, layout: layout, health: health).path
        }
        switch crossRegion {
        case .noLink:
            return nil
        case .peering:
            return DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing, layout: layout, health: health).path
        case .tgwPeering:
            var path = DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing, layout: layout,
                                        health: health).path
            path.components.hop = TransitGatewayStrategy.gatewayHop
            path.components.hopsPerWay = 2
            return path
        }
    }
}

extension SharedVPCStrategy {
    /// The transit-gateway design's hop, at its index there (`TransitGatewayStrategy.gatewayHop`),
    /// passed only by cross-Region requests under `cross_region: tgw-peering`.
    public static var hops: [HopDefinition] { [TransitGatewayStrategy.gatewayHopDefinition] }

    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        let options = configuration.options.sharedVPC
        return SharedVPCPath(routing: options.clientRouting, crossRegion: options.crossRegion)
    }
}

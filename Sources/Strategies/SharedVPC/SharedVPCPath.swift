import CloudModel

/// shared-vpc's data plane: inside a Region every workload is in one VPC, so a request
/// takes the local route; across Regions, the shared VPCs' link (`shared_vpc.cross_region`).
/// Either way the client picks the instance as under peering (`shared_vpc.client_routing`:
/// by default over every healthy instance in every AZ; `ClientRouting`).
///
/// Over a VPC peering there is no hop. Over `tgw-peering` a cross-Region request passes
/// the two Regions' transit gateways each way: two `tgw_hop`s out and two back, the
/// transit-gateway design's hop (`TransitGatewayStrategy.gatewayHopDefinition`), as its
/// own cross-Region path does, and the two shared VPCs' attachment interfaces, each a
/// capacity checkpoint with the transit-gateway design's per-attachment, per-AZ limits
/// (`DataPlaneOptions.tgwBandwidthPerAZGbps` and `tgwPacketsPerSecondPerAZ`, sourced in
/// `AWSFacts.TransitGateway`), taken as that design's cross-Region path takes them: the
/// request enters its gateway by the client Region's attachment in the client's AZ and
/// leaves the far gateway by the service Region's attachment in the instance's AZ; the
/// response enters by the service Region's attachment in the instance's AZ and leaves by
/// the client Region's in the client's AZ (⚠ assumption, as there: across Regions AWS
/// states no AZ affinity). A Region has one attachment, shared by all its workloads, so its
/// interface in an AZ carries every workload's cross-Region traffic there. In-Region
/// requests take the local route and pass no attachment. With `none`, a cross-Region
/// request has no route.
struct SharedVPCPath: DataPlanePath {
    /// How clients pick the instance (`shared_vpc.client_routing`).
    var routing: ClientRouting
    /// How the Regions are linked (`shared_vpc.cross_region`).
    var crossRegion: SharedVPCSettings.CrossRegion

    /// Under `tgw-peering`, two links per AZ of every Region (global zone order: the
    /// Region's attachment interface there, into the gateway then out of it); none otherwise.
    /// An AZ no workload of its Region uses has no interface and its links stay idle.
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks {
        guard crossRegion == .tgwPeering else { return .none }
        return options.tgwAttachmentLinks(count: 2 * layout.zoneCount)
    }

    /// The link of a Region's attachment interface in global zone `zone`: into the gateway,
    /// or out of it.
    @inline(__always)
    static func attachmentLink(zone: UInt16, intoGateway: Bool) -> Int32 {
        2 * Int32(zone) + (intoGateway ? 0 : 1)
    }

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
            var (path, zoneSlot) = DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing,
                                                    layout: layout, health: health)
            path.components.hop = TransitGatewayStrategy.gatewayHop
            path.components.hopsPerWay = 2
            let service = layout.services[Int(demand.service)]
            let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
            let instanceZone = layout.zoneList[Int(service.zoneStart) + zoneSlot]
            path.consumerLink = Self.attachmentLink(zone: clientZone, intoGateway: true)
            path.providerLink = Self.attachmentLink(zone: instanceZone, intoGateway: false)
            path.providerReturnLink = Self.attachmentLink(zone: instanceZone, intoGateway: true)
            path.consumerReturnLink = Self.attachmentLink(zone: clientZone, intoGateway: false)
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

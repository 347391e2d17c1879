import CloudModel

/// transit-gateway's data plane: the client picks the instance as under peering
/// (`transit_gateway.client_routing`, `ClientRouting`); the request passes the Region's TGW
/// (and the peer TGW when crossing Regions) and two attachment interfaces, each a capacity
/// checkpoint (bandwidth and packet rate per attachment per AZ, `DataPlaneOptions`).
///
/// Which interfaces: "When appliance mode is not enabled, traffic is kept to the
/// originating Availability Zone" (Example: Appliance in a shared services VPC,
/// https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html;
/// appliance mode is off by default: "Enable or disable support for appliance mode. … The
/// default is disable", ModifyTransitGatewayVpcAttachmentRequestOptions,
/// https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-modify-transit-gateway-vpc-attachment-request-options/-builder), and
/// "if one Availability Zone becomes unavailable or has no healthy attachments, the transit
/// gateway can route traffic to your VPC using a healthy attachment in a different
/// Availability Zone" (How transit gateways work, Availability Zones,
/// https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html). So inside a
/// Region:
/// - the request enters the gateway by the consumer's attachment in the client's AZ and
///   leaves it by the provider's attachment in that same AZ; the AZ crossing (if the
///   instance is elsewhere) happens inside the provider VPC;
/// - the response enters by the provider's attachment in the instance's AZ and leaves by
///   the consumer's attachment in that AZ, crossing inside the consumer VPC.
/// When the destination VPC has no attachment in the source AZ (or it is avoided after an
/// outage), the gateway uses the destination's attachment in the AZ the traffic is going to
/// (the instance's for a request, the client's for a response; ⚠ assumption: AWS does not
/// say which healthy AZ it picks). Across Regions AZ ids differ and AWS states no
/// affinity: ⚠ the request leaves by the provider's attachment in the instance's AZ and
/// the response by the consumer's in the client's AZ.
///
/// The latency is the direct route's (one crossing when client and instance AZs differ)
/// plus the gateway hops: where the crossing happens does not change its delay.
struct TransitGatewayPath: DataPlanePath {
    /// How clients pick the instance (`transit_gateway.client_routing`).
    var routing: ClientRouting

    /// One pair of links per AZ of every VPC that takes part (a consumer or a provider), in
    /// VPC order: the attachment interface in that AZ, first into the gateway (VPC → TGW),
    /// then out of it (TGW → VPC).
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks {
        var involved = Array(repeating: false, count: topology.vpcs.count)
        for service in topology.services { involved[service.vpc] = true }
        for demand in topology.demands { involved[demand.consumer] = true }
        var attachmentBase = Array(repeating: Int32(-1), count: topology.vpcs.count)
        var nextLink: Int32 = 0
        for (vpc, used) in involved.enumerated() where used {
            attachmentBase[vpc] = nextLink
            nextLink += Int32(2 * topology.vpcs[vpc].zones.count)
        }
        for (index, service) in topology.services.enumerated() {
            layout.services[index].providerLink = attachmentBase[service.vpc]
        }
        for (index, demand) in topology.demands.enumerated() {
            layout.demands[index].consumerLink = attachmentBase[demand.consumer]
        }
        return options.tgwAttachmentLinks(count: Int(nextLink))
    }

    /// The link of the attachment interface at `slot` of a VPC whose links start at `base`:
    /// into the gateway, or out of it.
    @inline(__always)
    static func link(_ base: Int32, slot: Int, intoGateway: Bool) -> Int32 {
        base + Int32(2 * slot) + (intoGateway ? 0 : 1)
    }

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        var (path, zoneSlot) = DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: routing,
                                                layout: layout, health: health)
        path.components.hop = TransitGatewayStrategy.gatewayHop
        path.components.hopsPerWay = demand.sameRegion ? 1 : 2
        let service = layout.services[Int(demand.service)]
        let clientZone = layout.zoneList[Int(demand.clientZoneStart) + clientSlot]
        let instanceZone = layout.zoneList[Int(service.zoneStart) + zoneSlot]
        // The request leaves the gateway in the client's AZ if the provider is attached there.
        var requestExit = zoneSlot
        if demand.sameRegion && !health.isAvoided(clientZone) {
            let slot = layout.slot(of: clientZone, start: service.zoneStart, count: service.zoneCount)
            if slot >= 0 { requestExit = slot }
        }
        // The response leaves it in the instance's AZ if the consumer is attached there.
        var responseExit = clientSlot
        if demand.sameRegion && !health.isAvoided(instanceZone) {
            let slot = layout.slot(of: instanceZone, start: demand.clientZoneStart, count: demand.clientZoneCount)
            if slot >= 0 { responseExit = slot }
        }
        path.consumerLink = Self.link(demand.consumerLink, slot: clientSlot, intoGateway: true)
        path.providerLink = Self.link(service.providerLink, slot: requestExit, intoGateway: false)
        path.providerReturnLink = Self.link(service.providerLink, slot: zoneSlot, intoGateway: true)
        path.consumerReturnLink = Self.link(demand.consumerLink, slot: responseExit, intoGateway: false)
        return path
    }
}

extension TransitGatewayStrategy {
    /// One way through one Transit Gateway: a constant 0.05 ms, so a round trip through one
    /// TGW gains 0.1 ms and one through a peered pair 0.2 ms.
    ///
    /// ⚠ Single measurement: ping through a TGW was "about 0.1 ms slower than via VPC
    /// peering" in one Region (Classmethod DevelopersIO, 2021-12-03). It gives no
    /// percentiles, so no tail is invented.
    public static let gatewayHopDefinition = HopDefinition(
        key: "tgw_hop", label: "Transit Gateway hop, each way", defaultDelay: .constant(.milliseconds(0.05)),
        basis: "⚠ one measurement: ping about 0.1 ms slower than over peering (Classmethod DevelopersIO, 2021); no tail")

    /// `gatewayHopDefinition`'s index in `hops`.
    static let gatewayHop: UInt8 = 0

    public static var hops: [HopDefinition] { [gatewayHopDefinition] }

    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        TransitGatewayPath(routing: configuration.options.transitGateway.clientRouting)
    }
}

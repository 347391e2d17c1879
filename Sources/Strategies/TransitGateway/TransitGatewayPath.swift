import CloudModel

/// transit-gateway's data plane: as peering for the choice of instance; the request passes
/// the attachment interface in the client's AZ, the Region's TGW, the peer TGW when crossing
/// Regions, and the attachment interface in the instance's AZ. Each attachment AZ is a
/// capacity checkpoint (bandwidth and packet rate per attachment per AZ, `DataPlaneOptions`).
struct TransitGatewayPath: DataPlanePath {
    /// One pair of links (out, in) per AZ of every VPC that takes part (a consumer or a
    /// provider), in VPC order.
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> [CapacityLink] {
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
        return Array(repeating: CapacityLink(gbps: options.tgwBandwidthPerAZGbps,
                                             packetsPerSecond: options.tgwPacketsPerSecondPerAZ, mtu: options.mtu),
                     count: Int(nextLink))
    }

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        var (path, zoneSlot) = DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, layout: layout, health: health)
        path.components.hop = TransitGatewayStrategy.gatewayHop
        path.components.hopsPerWay = demand.sameRegion ? 1 : 2
        path.consumerLink = demand.consumerLink + Int32(2 * clientSlot)
        path.providerLink = layout.services[Int(demand.service)].providerLink + Int32(2 * zoneSlot)
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
        key: "tgw_hop", label: "Transit Gateway hop, each way", defaultDelay: .constant(.milliseconds(0.05)))

    /// `gatewayHopDefinition`'s index in `hops`.
    static let gatewayHop: UInt8 = 0

    public static var hops: [HopDefinition] { [gatewayHopDefinition] }

    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        TransitGatewayPath()
    }
}

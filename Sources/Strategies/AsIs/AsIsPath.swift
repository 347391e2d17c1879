import CloudModel

/// as-is's data plane: a reachable request goes straight from client to instance, the
/// client choosing any healthy instance in any AZ (`any-az`, AWS's default; an export does
/// not say how clients choose), and passes the hops of the estate's own path: each Transit
/// Gateway on it (`tgw_hop` each way per gateway, as under `transit-gateway`) or its interface
/// endpoint (`privatelink_hop` each way, as under `privatelink-hub`); a peering adds none.
/// The service's own load balancer (`load_balancer`, read from the estate) is passed once
/// each way (`nlb_hop`, `alb_hop`) on every path but the endpoint's: there, as under
/// `privatelink-hub`, the endpoint service's NLB is inside `privatelink_hop`, and only an
/// ALB behind it adds its hop (`PrivateLinkHubStrategy.addedLoadBalancer`).
/// ⚠ Simplification: no attachment or endpoint capacity checkpoint is modelled, and an
/// endpoint's path is the direct one (its interface's AZ is not drawn).
struct AsIsPath: DataPlanePath {
    /// The estate, to find each demand's way (the strategy finds the same).
    let settings: AsIsSettings

    /// Sets each demand's hop from its verdict.
    func prepare(_ layout: inout DataPlaneLayout, topology: Topology, options: DataPlaneOptions) -> CapacityLinks {
        let network = AsIsNetwork(settings: settings, topology: topology)
        let addresses = AddressPlan(vpcs: topology.vpcs.map(\.vpc))
        for (d, demand) in topology.demands.enumerated() {
            let service = topology.services[demand.service]
            let c = demand.consumer, p = service.vpc
            let verdict = network.verdict(consumer: c, source: .ipv4(addresses.representative[c]), service: demand.service,
                                          provider: p, destination: .ipv4(addresses.representative[p]), port: service.port,
                                          topology: topology)
            guard case .reachable(_, let via) = verdict else { continue }
            switch via {
            case .transitGateway(let gateways):
                layout.demands[d].hop = AsIsStrategy.gatewayHop
                layout.demands[d].hopsPerWay = UInt8(min(gateways, Int(UInt8.max)))
            case .endpoint:
                layout.demands[d].hop = AsIsStrategy.endpointHop
                layout.demands[d].hopsPerWay = 1
                // The endpoint service's NLB is the service's: counted in privatelink_hop.
                layout.demands[d].balancer = PrivateLinkHubStrategy.addedLoadBalancer(service.loadBalancer).hopIndex
            case .local, .peering:
                break
            }
        }
        return .none
    }

    @inline(__always)
    func plan(_ demand: DataPlaneLayout.Demand, clientSlot: Int, u1: Double, u2: Double,
              layout: DataPlaneLayout, health: ZoneHealth) -> RequestPath? {
        var path = DirectRoute.plan(demand, clientSlot: clientSlot, u: u1, routing: .anyAZ, layout: layout, health: health).path
        path.components.hop = demand.hop
        path.components.hopsPerWay = demand.hopsPerWay
        return path
    }
}

extension AsIsStrategy {
    /// The hops of the estate's paths: the Transit Gateway's and the interface endpoint's,
    /// the same definitions (keys, sourced defaults) as their designs'.
    public static var hops: [HopDefinition] {
        [TransitGatewayStrategy.gatewayHopDefinition, PrivateLinkHubStrategy.endpointHopDefinition]
    }
    /// `TransitGatewayStrategy.gatewayHopDefinition`'s index in `hops`.
    static let gatewayHop: UInt8 = 0
    /// `PrivateLinkHubStrategy.endpointHopDefinition`'s index in `hops`.
    static let endpointHop: UInt8 = 1

    public static func dataPlanePath(_ configuration: ControlPlaneConfiguration) -> any DataPlanePath {
        AsIsPath(settings: configuration.options.asIs)
    }
}

import CloudModel
import SimKernel
import Strategies
import Testing

/// `shared_vpc.cross_region`: the Regions' shared VPCs linked by VPC peering (the default),
/// by their transit gateways' peering (`tgw-peering`), or not at all (`none`). Counts, cost
/// and latency are worked by hand from the AWS steps and the price table.
@Suite struct SharedVPCCrossRegionTests {
    /// A provider in us-east-1 and a consumer in each of eu-west-2 and us-west-2, every
    /// workload in 2 AZs of its Region.
    static let threeRegions = """
        regions:
          us-east-1: {azs: 2}
          eu-west-2: {azs: 2}
          us-west-2: {azs: 2}
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
          - {name: far, region: eu-west-2, cidrs: [10.0.0.0/16], azs: 2}
          - {name: west, region: us-west-2, cidrs: [10.1.0.0/16], azs: 2}
        services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
        traffic:
          - {from: far, to: api, rate: 1/s}
          - {from: west, to: api, rate: 1/s}

        """

    static func calls(_ result: ControlPlaneResult, _ operation: SharedVPCOperation) -> Int {
        result.apiCallsByOperation.first { $0.operation == operation.operation }?.count ?? 0
    }

    /// Three Regions under `tgw-peering`, by hand:
    /// - a shared VPC and a resource share per Region: 3 + 3;
    /// - per workload a subnet per AZ and an association: 3 × (2 + 1) = 9 (each /16 is its
    ///   Region's first block, which comes with CreateVpc: no further block);
    /// - the provider's group admits the two consumer Regions: 2 rules;
    /// - a gateway per Region (3) and one VPC attachment each (3; one account owns both:
    ///   no acceptance);
    /// - a peering attachment per Region pair, 3 pairs: 3 requests and 3 accepts (AWS:
    ///   the accepter must accept even in the same account);
    /// - per pair, a static route in each gateway toward the peering (6
    ///   CreateTransitGatewayRoute) and a route in each shared VPC through its gateway (6
    ///   CreateRoute).
    /// Total 6 + 9 + 2 + 6 + 6 + 12 = 41 calls, no VPC peering call. Connections: 3
    /// workloads + 3 VPC attachments + 3 peering attachments = 9. Routes: 6 static in the
    /// gateways + 6 in the shared VPCs = 12 (2 per VPC table), and each attachment
    /// propagates its VPC's CIDR: 3. Interfaces: one per AZ of each attachment, 3 × 2 = 6.
    @Test func threeRegionsThroughTransitGateways() throws {
        var controlPlane = try provision(Self.threeRegions + "shared_vpc: {cross_region: tgw-peering}\n", SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        let expected: [(SharedVPCOperation, Int)] = [
            (.createVpc, 3), (.createResourceShare, 3), (.createSubnet, 6), (.associateResourceShare, 3),
            (.authorizeSecurityGroupIngress, 2), (.createTransitGateway, 3), (.createTransitGatewayVpcAttachment, 3),
            (.createTransitGatewayPeeringAttachment, 3), (.acceptTransitGatewayPeeringAttachment, 3),
            (.createTransitGatewayRoute, 6), (.createRoute, 6),
            (.createVpcPeeringConnection, 0), (.acceptVpcPeeringConnection, 0), (.associateVpcCidrBlock, 0),
        ]
        for (operation, count) in expected {
            #expect(Self.calls(result, operation) == count, "\(operation)")
        }
        let summary = result.summary
        #expect(summary.apiOperations == 41)
        #expect(summary.connections == 9)
        #expect(summary.routeEntriesTotal == 12)
        #expect(summary.routeEntriesPropagated == 3)
        #expect(summary.routeEntriesMaxPerTable == 2)
        #expect(summary.enis == 6)
        #expect(summary.unreachablePairs == 0)
        #expect(summary.quotaViolations == 0)
        // far → hub passes both Regions' gateways and their peering, as under transit-gateway.
        let far = vpcIndex("far", in: controlPlane), hub = vpcIndex("hub", in: controlPlane)
        let rf = controlPlane.topology.vpcs[far].region, rh = controlPlane.topology.vpcs[hub].region
        let demand = try #require(controlPlane.topology.demands.firstIndex { $0.consumer == far })
        #expect(controlPlane.reach(demand: demand).path
                    == [.vpc(far), .transitGateway(region: rf), .transitGatewayPeering(from: rf, to: rh),
                        .transitGateway(region: rh), .vpc(hub)])
    }

    /// The same three Regions under the default, `peering` (and its old spelling `true`):
    /// 6 + 9 + 2, then 3 peerings requested and accepted (6) and a route each side (6): 29.
    @Test(arguments: ["", "shared_vpc: {cross_region: peering}\n", "shared_vpc: {cross_region: true}\n"])
    func threeRegionsPeered(option: String) throws {
        var controlPlane = try provision(Self.threeRegions + option, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.apiOperations == 29)
        #expect(Self.calls(result, .createVpcPeeringConnection) == 3)
        #expect(Self.calls(result, .createTransitGateway) == 0)
        #expect(result.summary.connections == 6)
        #expect(result.summary.unreachablePairs == 0)
    }

    /// `tgw_peering_attachments_per_tgw`: with 3 Regions each gateway needs 2. At 2 all
    /// fit; at 1 the first peering takes both its gateways' only slot and the other two
    /// pairs are refused (2 violations, whichever gateways came first): their 2 accepts and
    /// their routes (2 × (2 + 2)) are never made, 41 − 2 − 8 = 31 calls, 7 connections, and
    /// at least one of the two demands is `quota`.
    @Test(arguments: [(2, 0), (1, 2)])
    func peeringAttachmentsPerGatewayQuota(limit: Int, refused: Int) throws {
        let text = Self.threeRegions + "shared_vpc: {cross_region: tgw-peering}\nquotas: {tgw_peering_attachments_per_tgw: \(limit)}\n"
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.quotaViolations == refused)
        #expect(result.summary.apiOperations == 41 - 5 * refused)
        #expect(result.summary.connections == 9 - refused)
        #expect(Self.calls(result, .createTransitGatewayPeeringAttachment) == 3)
        let quota = controlPlane.topology.demands.indices.filter {
            controlPlane.reach(demand: $0).reachability == .unreachable(.quota)
        }.count
        if refused == 0 { #expect(quota == 0) } else { #expect(quota >= 1 && quota == result.summary.unreachablePairs) }
    }

    /// One Region under `tgw-peering`: no gateway is created, so the calls are those of the
    /// default (SharedVPCTests.oneRegionCounts: 4n + 7 with n = 3).
    @Test func oneRegionCreatesNoGateway() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 3}
            fleets:
            \(fleet("app", count: 3, azs: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            shared_vpc: {cross_region: tgw-peering}

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.apiOperations == 19)
        #expect(Self.calls(result, .createTransitGateway) == 0)
        #expect(controlPlane.monthlyCost().transitGatewayAttachments == 0)
    }

    /// `none` (and its old spelling `false`): no link, so the cross-Region pairs have no
    /// route: both demands `no-route`, no peering or gateway call, 6 + 9 = 15 calls (no
    /// rule: the provider's consumers are all in other Regions).
    @Test(arguments: ["none", "false"])
    func noLinkLeavesCrossRegionPairsWithoutARoute(value: String) throws {
        var controlPlane = try provision(Self.threeRegions + "shared_vpc: {cross_region: \(value)}\n", SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.apiOperations == 15)
        #expect(result.summary.unreachablePairs == 2)
        #expect(unreachable(result, .noRoute) == 2)
        for d in controlPlane.topology.demands.indices {
            #expect(controlPlane.reach(demand: d).reachability == .unreachable(.noRoute))
        }
    }

    /// CostTests' scenario (c1 → p in us-east-1, c2 → p from eu-west-2) under `tgw-peering`:
    /// - cross-AZ inside us-east-1 as before: 34.21875; inter-Region 205.3125;
    /// - attachments: a VPC attachment per Region (2) and the peering billed on both sides
    ///   (2): 4 × 0.05 × 730 = 146.00;
    /// - processing: c2's 10,265.625 GB each enter a gateway once from a VPC attachment
    ///   (requests c2's, responses p's): × 0.02 = 205.3125; nothing from the peering;
    ///   c1's calls take the local route (no gateway).
    /// - the service's default NLB, as under peering (CostTests.peeringMesh): 93.4171875.
    /// Total: 93.4171875 + 34.21875 + 205.3125 + 146 + 205.3125 = 684.2609375.
    @Test func monthlyCostThroughTransitGatewaysByHand() throws {
        let cost = try provision(CostTests.text + "shared_vpc: {cross_region: tgw-peering}\n", SharedVPCStrategy.self).monthlyCost()
        #expect(abs(cost.crossAZTransfer - 34.21875) < 0.005)
        #expect(abs(cost.interRegionTransfer - 205.3125) < 0.005)
        #expect(abs(cost.transitGatewayAttachments - 146.00) < 0.005)
        #expect(abs(cost.transitGatewayProcessing - 205.3125) < 0.005)
        #expect(abs(cost.total - 684.2609375) < 0.005)
        #expect(cost.breakdown.items.map(\.name)
                    == ["load_balancer_hours", "load_balancer_capacity_units", "cross_az_transfer", "inter_region_transfer",
                        "transit_gateway_attachments", "transit_gateway_processing"])
        // Under the default the bill keeps its load balancer and data-transfer items alone.
        let peered = try provision(CostTests.text, SharedVPCStrategy.self).monthlyCost()
        #expect(peered.breakdown.items.map(\.name)
                    == ["load_balancer_hours", "load_balancer_capacity_units", "cross_az_transfer", "inter_region_transfer"])
    }

    /// With constant delays (shared VPC 10 s, subnets 5 s, gateway 100 s, attachment 90 s,
    /// gateway peering 120 s, routes 2 s): both gateways are available at 100 s, the
    /// attachments at 190 s, the peering (requested at 100 s, accepted at once) at 220 s,
    /// its routes at 222 s: the consumer in the other Region connects after 222 s. The
    /// transit-gateway design's `tgw_create` (1 s here) is not this design's: were it, the
    /// link would be routed at 123 s.
    @Test func timeToConnectUsesTheDesignsOwnDelays() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
              - {name: far, region: eu-west-2, cidrs: [10.0.0.0/16], azs: 2}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 1/s}
            shared_vpc: {cross_region: tgw-peering}
            control_plane:
              shared_vpc_create: 10s
              subnet_share: 5s
              shared_vpc_tgw_create: 100s
              shared_vpc_tgw_attachment: 90s
              shared_vpc_tgw_peering: 120s
              route_create: 2s
              tgw_create: 1s

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.unreachablePairs == 0)
        #expect(result.summary.timeToConnectP50Seconds == 222)
    }

    /// The data plane on common random numbers: a cross-Region request over `tgw-peering`
    /// takes the peering's round trip plus two gateways each way, four `tgw_hop`s (the
    /// transit-gateway design's hop): 4 × 0.05 ms = 0.2 ms by default, 4 × 0.07 ms when the
    /// scenario sets 0.07 ms. Means are exact (not bucketed).
    @Test func crossRegionLatencyAddsFourGatewayHops() throws {
        let topology = try HopCostTests.crossRegion()
        var gateways = DesignOptions()
        gateways.sharedVPC.crossRegion = .tgwPeering
        let configured = LatencySettings(hops: [TransitGatewayStrategy.gatewayHopDefinition.key: try delay("0.07ms")])
        for (latency, hop) in [(LatencySettings(), 0.05), (configured, 0.07)] {
            let peered = try runPlane(topology, .sharedVPC, latency: latency, duration: .seconds(120))
            let through = try runPlane(topology, .sharedVPC, latency: latency, designs: gateways, duration: .seconds(120))
            let a = try unwrap(peered.steady.first, "peering row"), b = try unwrap(through.steady.first, "tgw row")
            #expect(a.requests > 100 && a.requests == b.requests)
            #expect(abs((b.meanMilliseconds ?? 0) - (a.meanMilliseconds ?? 0) - 4 * hop) < 1e-6)
        }
        // The hop is the transit-gateway design's, at its index there.
        #expect(SharedVPCStrategy.hops == [TransitGatewayStrategy.gatewayHopDefinition])
    }

    /// `none` in the data plane alone: every cross-Region request fails `no-route`.
    @Test func noLinkDataPlaneHasNoRoute() throws {
        var options = DesignOptions()
        options.sharedVPC.crossRegion = .noLink
        let results = try runPlane(try HopCostTests.crossRegion(), .sharedVPC, designs: options, duration: .seconds(20))
        #expect(results.generated > 1_000)
        #expect(results.failures(.unreachable(.noRoute)) == results.generated)
    }

    /// The manifest's acceptance text names the link (reports quote it next to every time
    /// to connect).
    @Test func acceptanceSettingNamesTheLink() {
        var options = DesignOptions()
        #expect(SharedVPCStrategy.acceptanceSetting(options).contains("shared_vpc.cross_region: peering"))
        options.sharedVPC.crossRegion = .tgwPeering
        let text = SharedVPCStrategy.acceptanceSetting(options)
        #expect(text.hasPrefix("none") && text.contains("shared_vpc.cross_region: tgw-peering"))
        options.sharedVPC.crossRegion = .noLink
        #expect(SharedVPCStrategy.acceptanceSetting(options).contains("shared_vpc.cross_region: none"))
    }
}

import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// Growth over time, time to connect, and fault operations.
@Suite struct GrowthAndFaultTests {
    /// A provider at time 0 and consumers arriving one per hour from 1 h on (none at 0),
    /// with constant delays: each consumer connects a fixed time after it is created.
    static let growing = """
        vpcs:
          - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
        fleets:
        \(fleet("app", count: 9))services:
          - {name: api, vpc: hub, port: 443, service_time: 1ms}
        traffic:
          - {from: app, to: api, rate: 1/s}
        growth: {fleet: app, initial: 0, interarrival: 1h}
        peering: {mesh: needed, acceptance: auto}
        privatelink: {acceptance: auto}
        transit_gateway: {acceptance: auto}

        """ + constantDelays

    /// Every design with `acceptance: auto` (not AWS's default, `manual`), so the times are
    /// the API's alone. Peering: request 5 s, automatic acceptance, provisioning 10 s, routes
    /// 2 s → 17 s.
    /// PrivateLink: the endpoint service is long ready; endpoint 130 s.
    /// Transit Gateway: the gateway and the hub's attachment are long ready; the consumer's
    /// attachment 90 s, its routes 2 s → 92 s.
    @Test(arguments: [(StrategyKind.peeringMesh, 17.0), (.privateLinkHub, 130.0), (.transitGateway, 92.0)])
    func timeToConnectOfArrivingVPCs(kind: StrategyKind, seconds: Double) throws {
        struct Run: StrategyVisitor {
            let text: String
            func visit<S: ConnectivityStrategy>(_ strategy: S.Type) -> ControlPlaneResult? {
                guard var controlPlane = try? provision(text, S.self) else { return nil }
                return controlPlane.finish(at: .zero)
            }
        }
        let result = try #require(kind.visit(Run(text: Self.growing)))
        #expect(result.summary.vpcs == 10)
        #expect(result.summary.timeToConnectP50Seconds == seconds)
        #expect(result.summary.unreachablePairs == 0)
        // One row per join (10), the opening row and the closing row, plus regular points.
        #expect(result.timeseries.filter { $0.vpcs == 10 }.count >= 2)
        #expect(result.timeseries.map(\.vpcs) == result.timeseries.map(\.vpcs).sorted())
    }

    /// Before a consumer exists its demand is `not-created`; while its connection is being
    /// set up, `pending`; then reachable.
    @Test func demandStatusFollowsTheControlPlane() throws {
        let s = try scenario(Self.growing)
        var controlPlane = ControlPlane<PeeringMeshStrategy>(topology: try s.topology(replication: 0),
                                                             configuration: s.controlPlaneConfiguration(replication: 0))
        var simulator = Simulator<RadixHeapQueue>()
        controlPlane.start(in: &simulator)
        simulator.run(until: .seconds(1_800), handler: &controlPlane)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.notCreated))
        simulator.run(until: .seconds(3_610), handler: &controlPlane)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.pending))
        simulator.run(until: .seconds(3_617), handler: &controlPlane)
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        #expect(controlPlane.reachability(ofDemand: 1) == .unreachable(.notCreated))
    }

    /// Deleting a peering cuts the pair at once: routes stay as blackholes.
    @Test func deletingAPeeringMakesThePairUnreachable() throws {
        let text = Self.growing.replacingOccurrences(of: "growth: {fleet: app, initial: 0, interarrival: 1h}", with: "")
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 3) == .reachable)
        let routes = controlPlane.summary().routeEntriesTotal
        var dataPlane = Simulator<RadixHeapQueue>()
        let hub = vpcIndex("hub", in: controlPlane), consumer = controlPlane.topology.demands[3].consumer
        #expect(controlPlane.apply(.peeringDeletion(between: consumer, and: hub), in: &dataPlane))
        #expect(!controlPlane.apply(.peeringDeletion(between: consumer, and: hub), in: &dataPlane))
        #expect(controlPlane.reachability(ofDemand: 3) == .unreachable(.deleted))
        #expect(controlPlane.reach(demand: 3) == .unreachable(.deleted))
        #expect(controlPlane.reachability(ofDemand: 2) == .reachable)
        let result = controlPlane.finish(at: .seconds(60))
        #expect(result.summary.connections == 8)
        #expect(result.summary.routeEntriesTotal == routes)
        #expect(unreachable(result, .deleted) == 1)
        #expect(result.apiCallsByOperation.contains { $0.operation == PeeringOperation.deleteVpcPeeringConnection.operation && $0.count == 1 })
        // The fault's row sits after the end of provisioning.
        #expect(result.timeseries.last?.time == (controlPlane.quiescentAt ?? .zero) + .seconds(60))
    }

    /// A request rejected while it awaits acceptance is `rejected`.
    @Test func rejectingAPeeringRequest() throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
            peering: {mesh: full, acceptance: 1d}

            """ + constantDelays
        let s = try scenario(text)
        var controlPlane = ControlPlane<PeeringMeshStrategy>(topology: try s.topology(replication: 0),
                                                             configuration: s.controlPlaneConfiguration(replication: 0))
        var simulator = Simulator<RadixHeapQueue>()
        controlPlane.start(in: &simulator)
        simulator.run(until: .seconds(60), handler: &controlPlane)
        #expect(controlPlane.apply(.peeringRejection(between: 0, and: 1), in: &simulator))
        simulator.run(handler: &controlPlane)
        #expect(controlPlane.strategy.connectionStates.failed == 1)
        let result = controlPlane.finish(at: simulator.now)
        #expect(result.summary.connections == 0)
        #expect(unreachable(result, .rejected) == 1)
    }

    /// The provider rejects one consumer's endpoint: that demand fails, the others carry on.
    @Test func rejectingAnEndpoint() throws {
        let text = Self.growing.replacingOccurrences(of: "growth: {fleet: app, initial: 0, interarrival: 1h}", with: "")
        var controlPlane = try provision(text, PrivateLinkHubStrategy.self)
        var dataPlane = Simulator<RadixHeapQueue>()
        let consumer = controlPlane.topology.demands[5].consumer
        #expect(controlPlane.apply(.endpointRejection(consumer: consumer, service: 0), in: &dataPlane))
        #expect(controlPlane.reachability(ofDemand: 5) == .unreachable(.rejected))
        #expect(controlPlane.reachability(ofDemand: 4) == .reachable)
        #expect(controlPlane.summary().connections == 8)
        // Not applicable to the other designs.
        var peering = try provision(text, PeeringMeshStrategy.self)
        #expect(!peering.apply(.endpointRejection(consumer: consumer, service: 0), in: &dataPlane))
    }
}

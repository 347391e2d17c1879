import CloudModel
import Foundation
import Experiment
import Scenario
import SimKernel
import Strategies
import Testing

/// The scale requirement, as a measurement rather than a timed assertion: 2,000 VPCs in 4
/// regions, quotas lifted, a full mesh of peering provisioned to quiescence (1,999,000
/// connections). Runs only with `VPCSIM_SCALE=1`; measure it with
/// `VPCSIM_SCALE=1 /usr/bin/time -v swift test -c release -Xswiftc -enable-testing --skip-build --filter ScaleMeasurement`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VPCSIM_SCALE"] == "1"))
struct ScaleMeasurement {
    static let text = """
        regions:
          us-east-1: {azs: 3}
          eu-west-1: {azs: 3}
          ap-southeast-1: {azs: 3}
          us-west-2: {azs: 3}
        vpcs:
          - {name: shared, region: us-east-1, cidrs: [172.16.0.0/16]}
        fleets:
          - {name: east, region: us-east-1, count: 500, cidr_pool: 10.0.0.0/9, prefix: 20, azs: 2, route_tables: 2}
          - {name: west, region: us-west-2, count: 500, cidr_pool: 10.128.0.0/10, prefix: 20, azs: 2, route_tables: 2}
          - {name: eu, region: eu-west-1, count: 500, cidr_pool: 10.192.0.0/11, prefix: 20, azs: 2, route_tables: 2}
          - {name: ap, region: ap-southeast-1, count: 499, cidr_pool: 10.224.0.0/11, prefix: 20, azs: 2, route_tables: 2}
        services:
          - {name: api, vpc: shared, port: 443, service_time: 1ms}
        traffic:
          - {from: east, to: api, rate: 1/s}
          - {from: west, to: api, rate: 1/s}
          - {from: eu, to: api, rate: 1/s}
          - {from: ap, to: api, rate: 1/s}
        peering: {mesh: full, acceptance: "lognormal(median=2h, p99=2d)"}
        quotas:
          peerings_per_vpc: unlimited
          pending_peering_requests: unlimited
          routes_per_route_table: unlimited
          rules_per_security_group: unlimited

        """

    @Test func fullMeshOf2000VPCsIn4Regions() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let s = try ScenarioLoader.load(text: Self.text, displayName: "scale.yaml")
        let topology = try s.topology(replication: 0)
        let built = clock.now
        var controlPlane = ControlPlane<PeeringMeshStrategy>.provision(
            topology: topology, configuration: s.controlPlaneConfiguration(replication: 0))
        let provisioned = clock.now
        let result = controlPlane.finish(at: .zero)
        let finished = clock.now
        #expect(result.summary.vpcs == 2_000)
        #expect(result.goals == 2_000 * 1_999 / 2)
        // Acceptance is human: the few requests whose acceptance would take over 7 days expire.
        #expect(result.summary.connections + unreachable(result, .expired) == 2_000 * 1_999 / 2)
        #expect(result.summary.unreachablePairs == unreachable(result, .expired))
        #expect(result.summary.routeEntriesMaxPerTable <= 1_999)
        print("""
            scale: topology \(built - start), provision \(provisioned - built), results \(finished - provisioned), \
            total \(finished - start); connections \(result.summary.connections), routes \(result.summary.routeEntriesTotal), \
            api \(result.summary.apiOperations), timeseries rows \(result.timeseries.count), \
            quiescent at \(controlPlane.quiescentAt?.description ?? "-"), expired \(unreachable(result, .expired))
            """)
    }

    /// The same fleet under the hub designs (one service, 1,999 consumers).
    @Test func hubDesignsAt2000VPCs() throws {
        let s = try ScenarioLoader.load(text: Self.text, displayName: "scale.yaml")
        let topology = try s.topology(replication: 0)
        let clock = ContinuousClock()
        var start = clock.now
        var privateLink = ControlPlane<PrivateLinkHubStrategy>.provision(
            topology: topology, configuration: s.controlPlaneConfiguration(replication: 0))
        let pl = privateLink.finish(at: .zero)
        print("scale privatelink-hub: \(clock.now - start); connections \(pl.summary.connections), enis \(pl.summary.enis)")
        start = clock.now
        var tgw = ControlPlane<TransitGatewayStrategy>.provision(
            topology: topology, configuration: s.controlPlaneConfiguration(replication: 0))
        let t = tgw.finish(at: .zero)
        print("scale transit-gateway: \(clock.now - start); connections \(t.summary.connections), "
              + "routes \(t.summary.routeEntriesTotal), max per table \(t.summary.routeEntriesMaxPerTable)")
        #expect(pl.summary.connections == 1_999)
        #expect(t.summary.connections == 2_000 + 6)
        #expect(t.summary.routeEntriesMaxPerTable == 2_000)
    }
}

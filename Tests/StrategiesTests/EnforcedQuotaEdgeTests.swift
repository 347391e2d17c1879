import CloudModel
import SimKernel
import Strategies
import Testing

/// Quotas that were catalogued and are now enforced, each at its edge: the largest value
/// that fits, and the first that breaks. Counts hand-worked.
@Suite struct EnforcedQuotaEdgeTests {
    /// Three VPCs, each running a service of 2 instances in each of its 2 AZs: NAU 4 each
    /// (one IPv4 address per instance, "Network Address Usage for your VPC").
    static func three(thirdRegion: String = "us-east-1", quota: Int) -> String {
        """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
          - {name: b, region: us-east-1, cidrs: [10.2.0.0/16], azs: 2}
          - {name: c, region: \(thirdRegion), cidrs: [10.3.0.0/16], azs: 2}
        services:
          - {name: sa, vpc: a, port: 443, instances_per_az: 2, service_time: 1ms}
          - {name: sb, vpc: b, port: 443, instances_per_az: 2, service_time: 1ms}
          - {name: sc, vpc: c, port: 443, instances_per_az: 2, service_time: 1ms}
        peering: {mesh: full, acceptance: auto}
        quotas: {peered_network_address_usage: \(quota)}

        """
    }

    /// A full mesh of the three in one Region: each VPC with its two peers holds 4 + 4 + 4 =
    /// 12 NAU. At 12 all three peerings fit.
    @Test func peeredAddressUsageFitsAtTheSum() throws {
        var controlPlane = try provision(Self.three(quota: 12), PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 3)
        #expect(result.summary.quotaViolations == 0)
    }

    /// At 11: a–b holds 8 each; c's peerings with a and b would bring a (and b) to 12: both
    /// refused (2 violations), one connection.
    @Test func peeredAddressUsageBreaksOneBelow() throws {
        var controlPlane = try provision(Self.three(quota: 11), PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 1)
        #expect(result.summary.quotaViolations == 2)
        #expect(result.quotaViolationsByKey.map(\.quota) == [.peeredNetworkAddressUsage])
        #expect(result.summary.firstInfeasibleVPCs == 3)
    }

    /// Inter-Region peers do not count: with c in another Region, a and b each hold 4 + 4 = 8,
    /// so 8 fits all three peerings.
    @Test func interRegionPeersDoNotCount() throws {
        var controlPlane = try provision(Self.three(thirdRegion: "eu-west-1", quota: 8), PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 3)
        #expect(result.summary.quotaViolations == 0)
    }

    /// A VPC with 4 route tables peered with a VPC with 1: at `route_tables_per_vpc: 4` both
    /// fit and the peering's routes number 4 + 1 = 5; at 3 the fourth CreateRouteTable is
    /// refused (1 violation) and the VPC routes through its 3 tables: 3 + 1 = 4 routes.
    @Test(arguments: [(4, 0, 5), (3, 1, 4)])
    func routeTablesPerVPC(quota: Int, violations: Int, routes: Int) throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16], route_tables: 4}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
            peering: {mesh: full, acceptance: auto}
            quotas: {route_tables_per_vpc: \(quota)}

            """
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.quotaViolations == violations)
        #expect(result.quotaViolationsByKey.map(\.quota) == (violations > 0 ? [.routeTablesPerVPC] : []))
        #expect(result.summary.routeEntriesTotal == routes)
        #expect(result.summary.unreachablePairs == 0)
    }

    /// The TGW design uses one route table per gateway (its default table): at
    /// `tgw_route_tables_per_tgw: 1` the two VPCs connect; at 0 the gateway is refused its
    /// table (1 violation for the Region) and both attachments fail (`quota`).
    @Test(arguments: [(1, 0, 0), (0, 1, 1)])
    func transitGatewayRouteTables(quota: Int, violations: Int, unreachable: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: app, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            transit_gateway: {acceptance: auto}
            quotas: {tgw_route_tables_per_tgw: \(quota)}

            """
        var controlPlane = try provision(text, TransitGatewayStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.quotaViolations == violations)
        #expect(result.summary.unreachablePairs == unreachable)
        if violations > 0 {
            #expect(result.quotaViolationsByKey.map(\.quota) == [.tgwRouteTablesPerTGW])
            #expect(result.unreachableByReason.first { $0.reason == .quota }?.count == 1)
        }
    }
}

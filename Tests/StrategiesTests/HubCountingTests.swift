import CloudModel
import SimKernel
import Strategies
import Testing

/// PrivateLink and Transit Gateway resources against counting formulas.
@Suite struct HubCountingTests {
    /// n consumers (2 AZs) of one service whose provider uses 3 AZs (the consumers' two among
    /// them): n endpoints of 2 ENIs, an NLB of 3 ENIs, a security group per endpoint with one
    /// rule, one rule at the provider, and per endpoint 5 calls (permission, group, rule,
    /// endpoint, and the provider's AcceptVpcEndpointConnections: AWS's default requires
    /// acceptance) plus 6 for the provider (NLB, target group, targets, listener, endpoint
    /// service, rule). With `acceptance: auto` the accept call goes: 4 per endpoint.
    @Test(arguments: [(1, "manual"), (5, "manual"), (40, "manual"), (5, "auto")])
    func privateLinkCounts(n: Int, acceptance: String) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: n, azs: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            privatelink: {acceptance: \(acceptance)}

            """
        let summary = try provision(text, PrivateLinkHubStrategy.self).summary()
        #expect(summary.connections == n)
        #expect(summary.enis == 2 * n + 3)
        #expect(summary.sgRulesTotal == n + 1)
        #expect(summary.routeEntriesTotal == 0)
        #expect(summary.apiOperations == (acceptance == "auto" ? 4 : 5) * n + 6)
    }

    /// AZ alignment by AZ id: a consumer spanning 3 AZs of a provider using 2 gets 2 ENIs.
    @Test func endpointsOnlyInCommonAZs() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
              - {name: wide, region: us-east-1, cidrs: [10.0.0.0/16], azs: 3}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: wide, to: api, rate: 1/s}

            """
        #expect(try provision(text, PrivateLinkHubStrategy.self).summary().enis == 2 + 2)
    }

    /// Cross-region PrivateLink only when enabled; otherwise the pair has no route.
    @Test func crossRegionEndpointsAreOptional() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: far, region: eu-west-2, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 1/s}

            """
        let on = try provision(text + "privatelink: {cross_region: true}\n", PrivateLinkHubStrategy.self)
        #expect(on.reachability(ofDemand: 0) == .reachable)
        let off = try provision(text + "privatelink: {cross_region: false}\n", PrivateLinkHubStrategy.self)
        #expect(off.reachability(ofDemand: 0) == .unreachable(.noRoute))
        #expect(off.summary().connections == 0)
    }

    /// Transit Gateway with a VPCs in one region and b in another, r route tables each:
    /// every gateway table holds all a + b CIDRs (propagated or static), each VPC table one
    /// summary route; a + b attachments and one gateway peering.
    @Test(arguments: [(3, 2, 1), (10, 7, 3)])
    func transitGatewaySummaryCounts(a: Int, b: Int, tables: Int) throws {
        let text = """
            fleets:
            \(fleet("east", count: a, routeTables: tables))\
              - {name: west, region: eu-west-2, count: \(b), cidr_pool: 10.128.0.0/9, prefix: 16, azs: 3, route_tables: \(tables)}

            """
        let summary = try provision(text, TransitGatewayStrategy.self).summary()
        #expect(summary.connections == a + b + 1)
        // The fullest VPC table holds one summary route toward the gateway (IPv4 only). Each
        // gateway's table holds a + b routes: its own Region's VPCs' CIDRs propagated (a in
        // the east, b in the west) and the other Region's as static routes toward the TGW
        // peering (b in the east, a in the west). Static: (a + b) in the gateways plus one
        // per VPC table, (a + b) · tables; propagated: a + b.
        #expect(summary.routeEntriesMaxPerTable == 1)
        #expect(summary.routeEntriesTotal == (a + b) + (a + b) * tables)
        #expect(summary.routeEntriesPropagated == a + b)
        #expect(summary.enis == 2 * a + 3 * b)
    }

    /// Per-destination routes: a hub serving n consumers holds n routes per table, each
    /// consumer one; the hub's group one rule per consumer CIDR.
    @Test func transitGatewayPerDestinationCounts() throws {
        let n = 30
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], route_tables: 2}
            fleets:
            \(fleet("app", count: n))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            transit_gateway: {vpc_routes: per-destination}

            """
        let controlPlane = try provision(text, TransitGatewayStrategy.self)
        #expect(controlPlane.strategy.vpcRouteCount(of: 0) == FamilyCount(ipv4: n))
        #expect(controlPlane.strategy.vpcRouteCount(of: 1) == FamilyCount(ipv4: 1))
        let summary = controlPlane.summary()
        #expect(summary.sgRulesTotal == n)
        // Static: the hub's 2 tables × n and one per consumer; the TGW table's n + 1 routes are
        // all propagated (one Region, no peering, so no static TGW route).
        #expect(summary.routeEntriesTotal == 2 * n + n)
        #expect(summary.routeEntriesPropagated == n + 1)
        #expect(summary.unreachablePairs == 0)
    }

    /// API names are AWS's: distinct, each an AWS verb followed by an EC2/ELB/RAM noun.
    @Test func apiOperationNames() {
        let names = APIOperation.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        let verbs = ["Create", "Accept", "Delete", "Reject", "Authorize", "Register", "Modify", "Associate"]
        for name in names {
            #expect(verbs.contains { name.hasPrefix($0) && name.count > $0.count }, "\(name)")
        }
        #expect(PeeringOperation.createVpcPeeringConnection.name == "CreateVpcPeeringConnection")
        #expect(TransitGatewayOperation.createTransitGatewayRoute.name == "CreateTransitGatewayRoute")
        #expect(PeeringOperation.rejectVpcPeeringConnection.name == "RejectVpcPeeringConnection")
    }
}

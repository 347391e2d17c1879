import CloudModel
import SimKernel
import Strategies
import Testing

/// Peering-mesh counts against closed forms and AWS's own figure.
@Suite struct PeeringCountingTests {
    /// A full mesh of n VPCs has n(n−1)/2 connections, and each VPC's tables n−1 routes.
    @Test(arguments: [2, 3, 7, 20, 50])
    func fullMeshHasNChoose2Connections(n: Int) throws {
        let text = "fleets:\n" + fleet("app", count: n) + "peering: {mesh: full}\n"
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == n * (n - 1) / 2)
        #expect(result.summary.quotaViolations == 0)
        #expect(result.summary.unreachablePairs == 0)
        #expect(result.goals == n * (n - 1) / 2)
        #expect(result.summary.routeEntriesMaxPerTable == n - 1)
        #expect(result.summary.routeEntriesTotal == n * (n - 1))
        // Each side admits the other's CIDR: one rule per peer CIDR in each group.
        #expect(result.summary.sgRulesTotal == n * (n - 1))
        #expect(result.summary.enis == 0)
        // Per connection: create and accept, one route and one rule on each side.
        #expect(result.summary.apiOperations == 3 * n * (n - 1))
    }

    /// AWS's multi-VPC whitepaper: "100 VPCs → 4,950 peering connections".
    @Test func awsWhitepaperFigureFor100VPCs() throws {
        let text = "fleets:\n" + fleet("app", count: 100) + "peering: {mesh: full}\n"
        let controlPlane = try provision(text, PeeringMeshStrategy.self)
        #expect(controlPlane.summary().connections == 4_950)
    }

    /// Every route table of a VPC holds one route per CIDR of each peer, over the connection
    /// to that peer; the total counts each table. VPCs here have 1 to 3 CIDRs (one IPv6) and
    /// 1 to 3 route tables.
    @Test func everyTableHoldsOneRoutePerPeerCIDR() throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.1.0.0/16, 10.101.0.0/16], route_tables: 2}
              - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
              - {name: c, region: eu-west-2, cidrs: [10.3.0.0/16, 10.103.0.0/16, "2600:1f18:1::/56"], route_tables: 3}
              - {name: d, region: eu-west-2, cidrs: [10.4.0.0/16], route_tables: 2}
            peering: {mesh: full}

            """
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let vpcs = controlPlane.topology.vpcs.map(\.vpc)
        var expectedTotal = 0
        var expectedMax = 0
        for (v, vpc) in vpcs.enumerated() {
            let peers = vpcs.indices.filter { $0 != v }
            let peerCIDRs = peers.flatMap { vpcs[$0].cidrs }
            expectedTotal += vpc.routeTableCount * peerCIDRs.count
            expectedMax = max(expectedMax, peerCIDRs.count)
            for index in 0..<vpc.routeTableCount {
                let table = try #require(controlPlane.strategy.routeTable(of: v, index: index))
                #expect(table.staticRouteCount == FamilyCount.needed(toReach: peerCIDRs))
                for u in peers {
                    for block in vpcs[u].cidrs {
                        guard case .peering = table.target(of: block) else {
                            Issue.record("\(vpc.name) table \(index) lacks a peering route to \(block)")
                            continue
                        }
                    }
                }
            }
        }
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.routeEntriesTotal == expectedTotal)
        #expect(result.summary.routeEntriesMaxPerTable == expectedMax)
        #expect(result.summary.connections == 6)
    }

    /// `mesh: needed` peers only pairs that exchange traffic: a fleet calling one provider
    /// needs one connection per consumer, and consumers cannot reach each other.
    @Test func neededMeshPeersOnlyTrafficPairs() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: 12))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            peering: {mesh: needed}

            """
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 12)
        #expect(result.goals == 12)
        #expect(result.summary.unreachablePairs == 0)
        // The hub's table: 12 routes; each consumer's: 1. Rules only in the provider's group.
        #expect(result.summary.routeEntriesMaxPerTable == 12)
        #expect(result.summary.routeEntriesTotal == 24)
        #expect(result.summary.sgRulesTotal == 12)
        let a = vpcIndex("app-1", in: controlPlane), b = vpcIndex("app-2", in: controlPlane)
        let topology = controlPlane.topology
        let query = controlPlane.reach(from: a, .ipv4(topology.vpcs[a].vpc.subnets[0].ipv4.network),
                                       to: b, .ipv4(topology.vpcs[b].vpc.subnets[0].ipv4.network))
        #expect(query == .unreachable(.noRoute))
    }
}

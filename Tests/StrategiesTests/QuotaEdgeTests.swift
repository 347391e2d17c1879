import CloudModel
import SimKernel
import Strategies
import Testing

/// Where each design stops fitting, against the documented quotas.
@Suite struct QuotaEdgeTests {
    /// At the documented maximum of 125 peerings per VPC (aws-facts.md §1.1), a full mesh of
    /// 126 VPCs fits exactly (each VPC has 125 peers) ...
    @Test func fullMeshOf126FitsAt125PerVPC() throws {
        let text = "fleets:\n" + fleet("app", count: 126) + "peering: {mesh: full}\n"
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 126 * 125 / 2)
        #expect(result.summary.quotaViolations == 0)
        #expect(result.summary.firstInfeasibleVPCs == nil)
    }

    /// ... and the 127th VPC's 126 peerings all fail: every earlier VPC already holds 125.
    @Test func the127thVPCsPeeringsFail() throws {
        let text = "fleets:\n" + fleet("app", count: 127) + "peering: {mesh: full}\n"
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 126 * 125 / 2)
        #expect(result.summary.quotaViolations == 126)
        #expect(result.quotaViolationsByKey.map(\.quota) == [.peeringsPerVPC])
        #expect(result.summary.firstInfeasibleVPCs == 127)
        #expect(result.summary.unreachablePairs == 126)
        #expect(unreachable(result, .quota) == 126)
        let last = controlPlane.topology.vpcs.count - 1
        #expect(controlPlane.strategy.routeTable(of: last)?.staticRouteCount == .zero)
    }

    /// With the default preset (50 per VPC), the first failure comes with VPC 52.
    @Test func defaultPresetStopsAt51() throws {
        let text = "fleets:\n" + fleet("app", count: 52) + "peering: {mesh: full}\nquotas: {preset: aws-defaults}\n"
        let controlPlane = try provision(text, PeeringMeshStrategy.self)
        let summary = controlPlane.summary()
        #expect(summary.connections == 51 * 50 / 2)
        #expect(summary.quotaViolations == 51)
        #expect(summary.firstInfeasibleVPCs == 52)
    }

    /// With routes per table at L and k CIDRs per VPC, a full mesh fits while (n−1)·k ≤ L.
    /// Here L = 20 and k = 2: 11 VPCs fit (10·2 = 20); the 12th needs 22 routes in every
    /// earlier table, so its 11 peerings fail on the route quota.
    @Test(arguments: [(20, 2), (30, 3)])
    func meshStopsFittingWhenRoutesExceedTheTable(limit: Int, cidrs: Int) throws {
        let fits = limit / cidrs + 1
        func mesh(_ n: Int) -> String {
            var text = "vpcs:\n"
            for v in 0..<n {
                let blocks = (0..<cidrs).map { "10.\(v * cidrs + $0).0.0/16" }.joined(separator: ", ")
                text += "  - {name: v\(v), region: us-east-1, cidrs: [\(blocks)]}\n"
            }
            return text + "peering: {mesh: full}\nquotas: {routes_per_route_table: \(limit)}\n"
        }
        let ok = try provision(mesh(fits), PeeringMeshStrategy.self).summary()
        #expect(ok.quotaViolations == 0)
        #expect(ok.routeEntriesMaxPerTable == (fits - 1) * cidrs)
        #expect(ok.routeEntriesMaxPerTable <= limit)
        var over = try provision(mesh(fits + 1), PeeringMeshStrategy.self)
        let result = over.finish(at: .zero)
        #expect(result.summary.quotaViolations == fits)
        #expect(result.quotaViolationsByKey.map(\.quota) == [.routesPerRouteTable])
        #expect(result.summary.firstInfeasibleVPCs == fits + 1)
        #expect(result.summary.routeEntriesMaxPerTable <= limit)
    }

    /// The endpoint quota (50 interface endpoints per VPC): a consumer calling 50 services
    /// gets 50 endpoints; calling 51, the 51st is refused.
    @Test(arguments: [50, 51])
    func endpointQuotaPerVPC(services: Int) throws {
        // Three provider VPCs with 17 services each at most (NLBs per account stay ≤ 50).
        var text = """
            vpcs:
              - {name: consumer, region: us-east-1, cidrs: [10.0.0.0/16]}
              - {name: p0, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: p1, region: us-east-1, cidrs: [10.2.0.0/16]}
              - {name: p2, region: us-east-1, cidrs: [10.3.0.0/16]}
            services:

            """
        for s in 0..<services {
            text += "  - {name: s\(s), vpc: p\(s % 3), port: \(1000 + s), service_time: 1ms}\n"
        }
        text += "traffic:\n"
        for s in 0..<services { text += "  - {from: consumer, to: s\(s), rate: 1/s}\n" }
        var controlPlane = try provision(text, PrivateLinkHubStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == min(services, 50))
        #expect(result.summary.quotaViolations == max(0, services - 50))
        #expect(unreachable(result, .quota) == max(0, services - 50))
        if services > 50 {
            #expect(result.quotaViolationsByKey.map(\.quota) == [.interfaceEndpointsPerVPC])
            #expect(result.summary.firstInfeasibleVPCs == 4)
        }
    }

    /// Security-group rules per group (maximum preset: 200 with 5 groups per ENI): a
    /// provider peered with 201 consumers cannot admit the 201st; with peerings unlimited
    /// the rule quota is what stops the mesh.
    @Test func securityGroupRuleQuotaStopsTheProvider() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: 201))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            peering: {mesh: needed}
            quotas: {peerings_per_vpc: unlimited}

            """
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 200)
        #expect(result.quotaViolationsByKey.map(\.quota) == [.rulesPerSecurityGroup])
        #expect(result.summary.quotaViolations == 1)
        #expect(result.summary.sgRulesTotal == 200)
    }
}

import CloudModel
import SimKernel
import Strategies
import Testing

/// shared-vpc against counting formulas, its subnet quota, overlaps, cost by hand and its
/// data-plane path.
@Suite struct SharedVPCTests {
    /// One Region, a provider with 3 AZs and n consumers with 2: one shared VPC and one
    /// resource share (2 calls), a subnet per AZ of every workload (3 + 2n) and an
    /// association each (n + 1), one rule admitting the Region at the provider (1), and,
    /// since every workload brings a /16, a further IPv4 block per consumer (n): 4n + 7
    /// calls. No route, no interface; every workload is one connection.
    @Test(arguments: [1, 5, 40])
    func oneRegionCounts(n: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 3}
            fleets:
            \(fleet("app", count: n, azs: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let summary = try provision(text, SharedVPCStrategy.self).summary()
        #expect(summary.apiOperations == 4 * n + 7)
        #expect(summary.connections == n + 1)
        #expect(summary.sgRulesTotal == 1)
        #expect(summary.routeEntriesTotal == 0)
        #expect(summary.enis == 0)
        #expect(summary.unreachablePairs == 0)
    }

    /// Two Regions: two shared VPCs (4 calls), subnets 2 + 2 and 2 associations, one
    /// peering requested and accepted by the network account (2), a route each side (2),
    /// and the provider's rule for the far Region (1): 15 calls; connections are the two
    /// workloads and the peering.
    @Test func twoRegionsArePeeredOnce() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
              - {name: far, region: eu-west-2, cidrs: [10.0.0.0/16], azs: 2}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 1/s}

            """
        let controlPlane = try provision(text, SharedVPCStrategy.self)
        let summary = controlPlane.summary()
        #expect(summary.apiOperations == 15)
        #expect(summary.connections == 3)
        #expect(summary.routeEntriesTotal == 2)
        #expect(summary.routeEntriesMaxPerTable == 1)
        #expect(summary.unreachablePairs == 0)
        let far = vpcIndex("far", in: controlPlane), hub = vpcIndex("hub", in: controlPlane)
        #expect(controlPlane.reach(demand: 0).path == [.vpc(far), .peering(0), .vpc(hub)])
    }

    /// `shared_vpc: {cross_region: false}`: no peering, no route and no rule for the far
    /// Region (10 calls), and the pair has no route.
    @Test func regionsStayApartWithoutCrossRegion() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
              - {name: far, region: eu-west-2, cidrs: [10.0.0.0/16], azs: 2}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 1/s}
            shared_vpc: {cross_region: false}

            """
        let controlPlane = try provision(text, SharedVPCStrategy.self)
        let summary = controlPlane.summary()
        #expect(summary.apiOperations == 10)
        #expect(summary.routeEntriesTotal == 0)
        #expect(summary.unreachablePairs == 1)
        #expect(controlPlane.reach(demand: 0).reachability == .unreachable(.noRoute))
    }

    /// A shared VPC holds 200 subnets ("Amazon VPC quotas"): a 2-AZ provider and 66
    /// three-AZ consumers take exactly 200; a 67th consumer would take 203 and is refused.
    /// (Consumers are /20s, so their addresses fit in 6 blocks.)
    @Test(arguments: [(66, 0), (67, 1)])
    func subnetsPerVPCQuota(consumers: Int, refused: Int) throws {
        let text = """
            regions:
              us-east-1: {azs: 3}
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
            fleets:
            \(fleet("app", count: consumers, azs: 3, prefix: 20))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let controlPlane = try provision(text, SharedVPCStrategy.self)
        let quota = controlPlane.topology.demands.indices.filter {
            if case .unreachable(.quota) = controlPlane.reach(demand: $0) { return true }
            return false
        }
        #expect(quota.count == refused)
        #expect(controlPlane.summary().unreachablePairs == refused)
        #expect(controlPlane.summary().quotaViolations == refused)
    }

    /// A shared VPC holds at most 50 IPv4 blocks of at most a /16 (maximum preset; 5 by
    /// default): a /16 provider and 49 /16 consumers fill 50; a 50th consumer needs a 51st
    /// and is refused. At AWS's default of 5, the fifth /16 consumer is refused.
    @Test(arguments: [("maximum", 49, 0), ("maximum", 50, 1), ("aws-defaults", 4, 0), ("aws-defaults", 5, 1)])
    func ipv4BlocksQuota(preset: String, consumers: Int, refused: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 2}
            fleets:
            \(fleet("app", count: consumers, azs: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}
            quotas: {preset: \(preset), vpcs_per_region: unlimited}

            """
        let controlPlane = try provision(text, SharedVPCStrategy.self)
        let summary = controlPlane.summary()
        #expect(summary.unreachablePairs == refused)
        #expect(summary.quotaViolations == refused)
        // Hub: VPC, share, 2 subnets, association (5) and the rule (1); each consumer that fits:
        // 2 subnets, an association and a block (4); one refused: the failed block call (1).
        #expect(summary.apiOperations == 4 * consumers + 6 - 3 * refused)
    }

    /// Workloads are re-addressed from the shared VPC (⚠ assumption), so identical CIDRs
    /// that stop a peering do not stop this design.
    @Test func overlappingCIDRsDoNotBlock() throws {
        let text = """
            vpcs:
              - {name: a, region: us-east-1, cidrs: [10.0.0.0/16]}
              - {name: b, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: b, port: 443, service_time: 1ms}
            traffic:
              - {from: a, to: api, rate: 1/s}

            """
        #expect(try provision(text, SharedVPCStrategy.self).summary().unreachablePairs == 0)
        #expect(try provision(text, PeeringMeshStrategy.self).summary().unreachablePairs == 1)
    }

    /// CostTests' scenario: as peering, data is charged: c1 → p crosses AZs for 2/3 of
    /// its 2,566.40625 GB at 0.01 out + 0.01 in = 34.21875; c2 → p pays inter-Region
    /// 205.3125 over the Regions' peering; and `api`'s default NLB 16.425 + 76.9921875 of
    /// NLCUs (CostTests.peeringMesh). Total 239.53125 + 93.4171875 = 332.9484375.
    @Test func monthlyCostByHand() throws {
        let cost = try provision(CostTests.text, SharedVPCStrategy.self).monthlyCost()
        #expect(abs(cost.crossAZTransfer - 34.21875) < 0.005)
        #expect(abs(cost.interRegionTransfer - 205.3125) < 0.005)
        #expect(abs(cost.total - 332.9484375) < 0.005)
    }

    /// The data plane takes the local route: the same requests, instances and delays as
    /// peering (same random streams, no hop), so the same latencies to the nanosecond.
    @Test func dataPlaneMatchesPeeringsDirectRoute() throws {
        let topology = try HopCostTests.crossRegion()
        let peering = try runPlane(topology, .peeringMesh, duration: .seconds(120))
        let shared = try runPlane(topology, .sharedVPC, duration: .seconds(120))
        #expect(peering.succeeded > 100)
        #expect(shared.succeeded == peering.succeeded)
        let a = try unwrap(peering.steady.first, "peering row"), b = try unwrap(shared.steady.first, "shared row")
        #expect(a.latency != nil)
        #expect(a.latency == b.latency)
    }
}

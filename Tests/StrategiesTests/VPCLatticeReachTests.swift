import CloudModel
import SimKernel
import Strategies
import Testing

/// What VPC Lattice can and cannot connect: overlapping CIDRs, other Regions, one-way reach.
@Suite struct VPCLatticeReachTests {
    /// A consumer whose CIDR is the provider's own: peering refuses the pair (overlap), while
    /// Lattice reaches the service (clients use a link-local address, nothing is routed).
    @Test func identicalCIDRsStillReach() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.0.0.0/16]}
              - {name: twin, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: twin, to: api, rate: 1/s}

            """
        #expect(try provision(text, VPCLatticeStrategy.self).reachability(ofDemand: 0) == .reachable)
        #expect(try provision(text, PeeringMeshStrategy.self).reachability(ofDemand: 0) == .unreachable(.overlap))
    }

    /// A fleet where most VPCs reuse a block another already has: every one reaches.
    @Test func overlappingFleetReachesEverything() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.0.0.0/16]}
            fleets:
            \(fleet("app", count: 30, overlap: 0.8))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let summary = try provision(text, VPCLatticeStrategy.self).summary()
        #expect(summary.unreachablePairs == 0)
        #expect(summary.connections == 31)
    }

    /// A service network is Regional: the consumer in eu-west-2 has no route to the service
    /// in us-east-1, while the one in us-east-1 reaches it. Each Region's first VPC still
    /// creates its network (2 calls each); the far VPC, consuming nothing in its Region, is
    /// not associated.
    @Test func otherRegionsAreUnreachable() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: near, region: us-east-1, cidrs: [10.0.0.0/16]}
              - {name: far, region: eu-west-2, cidrs: [10.1.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: near, to: api, rate: 1/s}
              - {from: far, to: api, rate: 1/s}

            """
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        #expect(controlPlane.reachability(ofDemand: 1) == .unreachable(.noRoute))
        #expect(controlPlane.reach(demand: 1) == .unreachable(.noRoute))
        let summary = controlPlane.summary()
        #expect(summary.unreachablePairs == 1)
        // 2 networks × 2, one service (6), one consumer (3 + 1 share).
        #expect(summary.apiOperations == 4 + 6 + 4)
    }

    /// Only other Regions: nothing is published, nothing is billed.
    @Test func onlyCrossRegionDemandsBuildNoService() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: far, region: eu-west-2, cidrs: [10.1.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 100/s}

            """
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.noRoute))
        #expect(controlPlane.summary().connections == 0)
        #expect(controlPlane.monthlyCost().total == 0)
    }

    /// One-way: the provider cannot open a connection to its consumer, which runs no service.
    @Test func providerCannotReachItsConsumer() throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: app, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        let hub = vpcIndex("hub", in: controlPlane), app = vpcIndex("app", in: controlPlane)
        let forward = controlPlane.reach(from: app, controlPlane.context.address(of: app),
                                         to: hub, controlPlane.context.address(of: hub), port: 443)
        #expect(forward.reachability == .reachable)
        let back = controlPlane.reach(from: hub, controlPlane.context.address(of: hub),
                                      to: app, controlPlane.context.address(of: app), port: 443)
        #expect(back == .unreachable(.noRoute))
        // A port no service listens on has no route either.
        let wrongPort = controlPlane.reach(from: app, controlPlane.context.address(of: app),
                                           to: hub, controlPlane.context.address(of: hub), port: 80)
        #expect(wrongPort == .unreachable(.noRoute))
    }
}

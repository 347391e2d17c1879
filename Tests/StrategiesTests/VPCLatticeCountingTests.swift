import CloudModel
import SimKernel
import Strategies
import Testing

/// VPC Lattice resources and API calls against counting formulas worked out by hand.
@Suite struct VPCLatticeCountingTests {
    /// One provider VPC (its one service) and n consumer VPCs (one CIDR each), one Region:
    /// - the service network and its resource share: 2 calls;
    /// - the service: CreateService, CreateTargetGroup, RegisterTargets, CreateListener,
    ///   CreateServiceNetworkServiceAssociation, and the targets' rule for the Lattice
    ///   prefix list: 6 calls;
    /// - per consumer: CreateSecurityGroup, one AuthorizeSecurityGroupIngress (one CIDR),
    ///   CreateServiceNetworkVpcAssociation: 3 calls;
    /// - AssociateResourceShare for each account but the network owner's: n (n + 1 VPCs
    ///   take part, one owns the network).
    /// So 8 + 4n calls, n + 1 associations, n + 1 rules, no ENI, no route.
    @Test(arguments: [1, 5, 40])
    func oneServiceManyConsumers(n: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
            \(fleet("app", count: n, azs: 2))services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let summary = try provision(text, VPCLatticeStrategy.self).summary()
        #expect(summary.apiOperations == 8 + 4 * n)
        #expect(summary.connections == n + 1)
        #expect(summary.sgRulesTotal == n + 1)
        #expect(summary.enis == 0)
        #expect(summary.routeEntriesTotal == 0)
        #expect(summary.unreachablePairs == 0)
        #expect(summary.quotaViolations == 0)
    }

    /// Two provider VPCs, p1 hosting `a` and `b`, p2 hosting `c`; n consumers call `a` and
    /// `c`; nobody calls `b`, so it is not published. With S = 2 published services in P = 2
    /// provider VPCs, n consumers and n + 2 accounts (one the owner):
    /// 2 + 5S + P + 3n + (n + 1) = 15 + 4n calls, n + 2 associations.
    @Test(arguments: [1, 7])
    func severalProvidersAndAnUnusedService(n: Int) throws {
        let text = """
            vpcs:
              - {name: p1, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: p2, region: us-east-1, cidrs: [172.16.0.0/16]}
            fleets:
            \(fleet("app", count: n, azs: 2))services:
              - {name: a, vpc: p1, port: 443, service_time: 1ms}
              - {name: b, vpc: p1, port: 8443, service_time: 1ms}
              - {name: c, vpc: p2, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: a, rate: 1/s}
              - {from: app, to: c, rate: 1/s}

            """
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        let summary = controlPlane.summary()
        #expect(summary.apiOperations == 15 + 4 * n)
        #expect(summary.connections == n + 2)
        #expect(controlPlane.strategy.activeAssociations == (vpcs: n, services: 2))
        #expect(summary.unreachablePairs == 0)
    }

    /// With constant delays (network 2 s, service 10 s, association 20 s), everything created
    /// at time 0: the network is active at 2 s, the consumer's association at 2 + 20 = 22 s,
    /// the service at 10 s and its association at 10 + 20 = 30 s: connected at 30 s.
    @Test func timeToConnectFollowsTheSlowerChain() throws {
        let text = """
            control_plane:
              lattice_service_network_create: 2s
              lattice_service_create: 10s
              lattice_association_create: 20s
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
              - {name: app, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        #expect(controlPlane.summary().timeToConnectP50Seconds == 30)
        #expect(controlPlane.quiescentAt == .seconds(30))
        let path = try unwrap(controlPlane.reach(demand: 0).path, "path")
        #expect(path == [.vpc(1), .serviceNetwork(service: 0), .vpc(0)])
    }
}

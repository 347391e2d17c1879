import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// VPC Lattice's binding quotas, one below, at and one above each limit.
@Suite struct VPCLatticeQuotaTests {
    /// "VPC associations per service network": 500. n consumers of one service in one
    /// Region: the 501st association is refused, one violation, its pair unreachable
    /// (`quota`); the others connect.
    @Test(arguments: [(499, 0), (500, 0), (501, 1)])
    func vpcAssociationsPerServiceNetwork(n: Int, refused: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16]}
            fleets:
              - {name: app, region: us-east-1, count: \(n), cidr_pool: 10.0.0.0/8, prefix: 24, azs: 1}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        #expect(QuotaSet.maximum[.latticeVPCAssociationsPerServiceNetwork] == .limited(500))
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        let result = controlPlane.summary()
        #expect(result.quotaViolations == refused)
        #expect(result.unreachablePairs == refused)
        #expect(result.connections == n - refused + 1)
        #expect(result.firstInfeasibleVPCs == (refused > 0 ? n + 1 : nil))
        if refused > 0 {
            #expect(controlPlane.reachability(ofDemand: n - 1) == .unreachable(.quota))
        }
    }

    /// "Targets per target group": 1,000. A one-AZ service with 999, 1,000 or 1,001
    /// instances: above the limit the service is refused and its consumer unreachable.
    @Test(arguments: [(999, 0), (1_000, 0), (1_001, 1)])
    func targetsPerTargetGroup(instances: Int, refused: Int) throws {
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [192.168.0.0/16], azs: 1}
              - {name: app, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: hub, port: 443, instances_per_az: \(instances), service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 1/s}

            """
        #expect(QuotaSet.maximum[.latticeTargetsPerTargetGroup] == .limited(1_000))
        let controlPlane = try provision(text, VPCLatticeStrategy.self)
        let result = controlPlane.summary()
        #expect(result.quotaViolations == refused)
        #expect(result.unreachablePairs == refused)
        #expect(controlPlane.reachability(ofDemand: 0) == (refused > 0 ? .unreachable(.quota) : .reachable))
        // A refused service is not provisioned, so not billed.
        #expect((controlPlane.monthlyCost().serviceHours == 0) == (refused > 0))
    }

    /// "Service associations per service network": 500. One consumer calling one service in
    /// each of n provider VPCs of one Region: the 501st service association is refused.
    @Test(arguments: [(499, 0), (500, 0), (501, 1)])
    func serviceAssociationsPerServiceNetwork(n: Int, refused: Int) throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 2)
        let consumer = try b.vpc(region: region, zones: [0, 1])
        for _ in 0..<n {
            let provider = try b.vpc(region: region, zones: [0, 1])
            try b.demand(from: consumer, to: try b.service(vpc: provider, serviceTime: "1ms"), rate: 1)
        }
        #expect(QuotaSet.maximum[.latticeServiceAssociationsPerServiceNetwork] == .limited(500))
        let controlPlane = ControlPlane<VPCLatticeStrategy>.provision(topology: b.topology,
                                                                      configuration: ControlPlaneConfiguration())
        let result = controlPlane.summary()
        #expect(result.quotaViolations == refused)
        #expect(result.unreachablePairs == refused)
        #expect(controlPlane.strategy.activeAssociations == (vpcs: 1, services: n - refused))
        let refusedDemands = (0..<n).filter { controlPlane.reachability(ofDemand: $0) == .unreachable(.quota) }
        #expect(refusedDemands.count == refused)
    }
}

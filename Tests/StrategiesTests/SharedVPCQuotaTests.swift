import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// shared-vpc against the single VPC's own limits and its participants' account quotas, each
/// at its edge (the first count that breaks it is refused, one below fits), worked by hand
/// from AWS's figures: Network Address Usage (64,000 units per VPC by default; 1 per instance
/// address, 6 per NLB per AZ and per transit gateway attachment, network-address-usage.html),
/// network interfaces per Region (5,000 per account), VPC security groups per Region (2,500 per
/// account) and routes per route table.
@Suite struct SharedVPCQuotaTests {
    /// The demands left `quota`.
    static func refused(_ controlPlane: ControlPlane<SharedVPCStrategy>) -> Int {
        controlPlane.topology.demands.indices.filter {
            controlPlane.reach(demand: $0).reachability == .unreachable(.quota)
        }.count
    }

    static func violations(_ result: ControlPlaneResult, _ quota: QuotaKey) -> Int {
        result.quotaViolationsByKey.first { $0.quota == quota }?.count ?? 0
    }

    /// NAU at AWS's default of 64,000 units per VPC. `big` runs 16,000 instances in each of
    /// 2 AZs behind an NLB: 32,000 + 6 × 2 = 32,012 units; `edge` runs k instances in 1 AZ
    /// behind an NLB: k + 6. Together 32,018 + k: k = 31,982 fills the VPC to 64,000 exactly;
    /// k = 31,983 would take it to 64,001, and `edge` (the later workload) is refused. The
    /// consumer runs nothing (0 units). Interfaces are lifted to unlimited so that only NAU binds.
    @Test(arguments: [(31_982, 0), (31_983, 1)])
    func networkAddressUsageAtTheDefault(k: Int, refused: Int) throws {
        let text = """
            vpcs:
              - {name: big, region: us-east-1, cidrs: [10.0.0.0/16], azs: 2}
              - {name: edge, region: us-east-1, cidrs: [10.1.0.0/16], azs: 1}
              - {name: app, region: us-east-1, cidrs: [10.2.0.0/16], azs: 1}
            services:
              - {name: a, vpc: big, port: 443, instances_per_az: 16000, service_time: 1ms}
              - {name: b, vpc: edge, port: 443, instances_per_az: \(k), service_time: 1ms}
            traffic:
              - {from: app, to: a, rate: 1/s}
              - {from: app, to: b, rate: 1/s}
            quotas: {preset: aws-defaults, vpcs_per_region: unlimited, network_interfaces_per_region: unlimited}

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(Self.violations(result, .networkAddressUsagePerVPC) == refused)
        #expect(result.summary.quotaViolations == refused)
        #expect(Self.refused(controlPlane) == refused)
        if refused == 1 {
            let b = try #require(controlPlane.topology.demands.firstIndex { $0.service == 1 })
            #expect(controlPlane.reach(demand: b).reachability == .unreachable(.quota))
        }
    }

    /// An IPv6 block gives each instance a second address (2 units), and a transit gateway
    /// attachment takes 6 units. Under a what-if quota of 100: a dual-stack provider of k
    /// instances in 1 AZ, no load balancer, holds 2k: k = 50 fits, 51 does not. Under
    /// `tgw-peering` with a second Region, us-east-1's shared VPC also holds its attachment's
    /// 6 units, so an IPv4-only provider fits 94 instances and not 95; under `peering` (no
    /// attachment) 100 fit.
    @Test(arguments: [("peering", false, 100, 0), ("peering", false, 101, 1), ("peering", true, 50, 0),
                      ("peering", true, 51, 1), ("tgw-peering", false, 94, 0), ("tgw-peering", false, 95, 1)])
    func addressUnitsOfIPv6AndTheAttachment(link: String, dualStack: Bool, k: Int, refused: Int) throws {
        let cidrs = dualStack ? "[10.0.0.0/16, \"2600:1f18:1::/56\"]" : "[10.0.0.0/16]"
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: \(cidrs), azs: 1}
              - {name: far, region: eu-west-2, cidrs: [10.1.0.0/16], azs: 1}
            services:
              - {name: api, vpc: hub, port: 443, instances_per_az: \(k), load_balancer: none, service_time: 1ms}
            traffic:
              - {from: far, to: api, rate: 1/s}
            shared_vpc: {cross_region: \(link)}
            quotas: {network_address_usage_per_vpc: 100}

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(Self.violations(result, .networkAddressUsagePerVPC) == refused)
        #expect(result.summary.quotaViolations == refused)
        #expect(Self.refused(controlPlane) == refused)
    }

    /// Network interfaces per Region, 5,000 per account (AWS publishes no maximum, so the
    /// maximum preset keeps it). A provider in 1 AZ with k instances behind an NLB holds k + 1
    /// interfaces in its own account: k = 4,999 fits, 5,000 does not. They count against the
    /// participant that creates them, not the VPC's owner: two such providers of 4,999
    /// instances each (9,998 interfaces in the shared VPC, 5,000 per account) both fit.
    @Test(arguments: [(4_999, 1, 0), (5_000, 1, 1), (4_999, 2, 0)])
    func networkInterfacesPerParticipantAccount(k: Int, providers: Int, refused: Int) throws {
        var vpcs = "", services = "", traffic = ""
        for p in 0..<providers {
            vpcs += "  - {name: p\(p), region: us-east-1, cidrs: [10.\(p).0.0/16], azs: 1}\n"
            services += "  - {name: s\(p), vpc: p\(p), port: 443, instances_per_az: \(k), service_time: 1ms}\n"
            traffic += "  - {from: app, to: s\(p), rate: 1/s}\n"
        }
        let text = """
            vpcs:
            \(vpcs)  - {name: app, region: us-east-1, cidrs: [10.100.0.0/16], azs: 1}
            services:
            \(services)traffic:
            \(traffic)
            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(Self.violations(result, .networkInterfacesPerRegion) == refused)
        #expect(result.summary.quotaViolations == refused)
        #expect(Self.refused(controlPlane) == refused)
    }

    /// VPC security groups per Region, 2,500 per account: a provider running n services (one
    /// group each; 1 instance in 1 AZ, no load balancer, so n interfaces and n units) fits
    /// 2,500 and not 2,501. The consumer holds one group, for its clients.
    @Test(arguments: [(2_500, 0), (2_501, 1)])
    func securityGroupsPerParticipantAccount(n: Int, refused: Int) throws {
        var services = ""
        for s in 0..<n { services += "  - {name: s\(s), vpc: hub, port: \(1_000 + s), load_balancer: none, service_time: 1ms}\n" }
        let text = """
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.0.0.0/16], azs: 1}
              - {name: app, region: us-east-1, cidrs: [10.1.0.0/16], azs: 1}
            services:
            \(services)traffic:
              - {from: app, to: s0, rate: 1/s}

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(Self.violations(result, .securityGroupsPerRegion) == refused)
        #expect(result.summary.quotaViolations == refused)
        #expect(Self.refused(controlPlane) == refused)
    }

    /// A workload that calls a service holds a group for its clients too: with a what-if
    /// limit of 2, `mid` running one service and calling `end`'s holds 2 and fits; running two
    /// and calling, 3, refused (both demands through it are `quota`: `front` → `mid` and
    /// `mid` → `end`).
    @Test(arguments: [(1, 0), (2, 2)])
    func clientsTakeAGroupOfTheirOwn(services: Int, refused: Int) throws {
        var extra = ""
        if services > 1 { extra = "  - {name: m2, vpc: mid, port: 444, load_balancer: none, service_time: 1ms}\n" }
        let text = """
            vpcs:
              - {name: front, region: us-east-1, cidrs: [10.0.0.0/16], azs: 1}
              - {name: mid, region: us-east-1, cidrs: [10.1.0.0/16], azs: 1}
              - {name: end, region: us-east-1, cidrs: [10.2.0.0/16], azs: 1}
            services:
              - {name: m1, vpc: mid, port: 443, load_balancer: none, service_time: 1ms}
            \(extra)  - {name: e, vpc: end, port: 443, load_balancer: none, service_time: 1ms}
            traffic:
              - {from: front, to: m1, rate: 1/s}
              - {from: mid, to: e, rate: 1/s}
            quotas: {security_groups_per_region: 2}

            """
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        #expect(Self.violations(result, .securityGroupsPerRegion) == (refused > 0 ? 1 : 0))
        #expect(Self.refused(controlPlane) == refused)
    }

    /// The workload counts by hand (`SharedVPCWorkload`): a dual-stack provider in 3 AZs
    /// with a 2-instance NLB service and a 1-instance ALB service: NAU 2 × 3 × 2 + 1 × 3 × 2
    /// (addresses) + 6 × 3 + 6 × 3 (load balancers) = 54; interfaces 6 + 3 + 3 + 3 = 15;
    /// groups 2. An IPv4 consumer calling it, running nothing: 0, 0 and 1.
    @Test func workloadCountsByHand() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = b.vpcs.count
        let block = try CIDRBlock(parsing: "10.9.0.0/16"), v6 = try CIDRBlock(parsing: "2600:1f18:1::/56")
        let builtIn = try unwrap(BuiltInRegions.named("us-east-1"), "region")
        let vpc = try VPC(id: VPCID(UInt32(provider)), name: "dual", region: builtIn, cidrs: [block, v6],
                          zones: b.regions[region].zones)
        b.vpcs.append(Topology.VPCEntry(vpc: vpc, region: region, zones: [0, 1, 2], createdAt: .zero))
        let nlb = try b.service(vpc: provider, instancesPerAZ: 2, serviceTime: "1ms", loadBalancer: .nlb)
        try b.service(vpc: provider, instancesPerAZ: 1, serviceTime: "1ms", loadBalancer: .alb)
        try b.demand(from: consumer, to: nlb, rate: 1)
        let workloads = SharedVPCWorkload.all(b.topology)
        #expect(workloads[provider] == SharedVPCWorkload(addressUnits: 54, networkInterfaces: 15, securityGroups: 2))
        #expect(workloads[consumer] == SharedVPCWorkload(addressUnits: 0, networkInterfaces: 0, securityGroups: 1))
    }

    /// Routes per route table: with 3 Regions each shared VPC's table needs 2 routes (one per
    /// other Region). At 2 all fit. At 1 the first link to be routed takes both its Regions'
    /// only route; any other link shares a Region with it, so the second is refused on that
    /// side (1 violation) and routed on its third Region's; the third finds both its Regions
    /// full (2 violations): 3 violations, 2 + 1 = 3 routes in place, every call still made
    /// (29 under `peering`, 41 under `tgw-peering`: SharedVPCCrossRegionTests), and one link
    /// left: at least one of the two demands is `quota`.
    @Test(arguments: [("peering", 2, 0), ("peering", 1, 3), ("tgw-peering", 2, 0), ("tgw-peering", 1, 3)])
    func routesPerRouteTable(link: String, limit: Int, violations: Int) throws {
        let text = SharedVPCCrossRegionTests.threeRegions
            + "shared_vpc: {cross_region: \(link)}\nquotas: {routes_per_route_table: \(limit)}\n"
        var controlPlane = try provision(text, SharedVPCStrategy.self)
        let result = controlPlane.finish(at: .zero)
        let gatewayRoutes = link == "tgw-peering" ? 6 : 0
        #expect(Self.violations(result, .routesPerRouteTable) == violations)
        #expect(result.summary.quotaViolations == violations)
        #expect(result.summary.apiOperations == (link == "peering" ? 29 : 41))
        #expect(result.summary.routeEntriesTotal == gatewayRoutes + (violations == 0 ? 6 : 3))
        #expect(result.summary.routeEntriesMaxPerTable == min(limit, 2))
        let quota = Self.refused(controlPlane)
        if violations == 0 { #expect(quota == 0) } else { #expect(quota >= 1 && quota == result.summary.unreachablePairs) }
    }
}

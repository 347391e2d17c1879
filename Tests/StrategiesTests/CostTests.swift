import CloudModel
import SimKernel
import Strategies
import Testing

/// A small scenario whose monthly cost is worked out by hand from the list prices
/// (aws-facts.md §4; `PriceCatalog`) for each design, to the cent.
///
/// Scenario: provider `p` in us-east-1 with 3 AZs (use1-az1, use1-az2, use1-az4) runs
/// `api`; consumer `c1` in us-east-1 with 2 AZs (use1-az1, use1-az2) sends 1 request/s of
/// 512 KiB and gets 512 KiB back; consumer `c2` in eu-west-2 (2 AZs) sends 2 requests/s of
/// 1 MiB and gets 1 MiB back.
///
/// A month is 730 h = 2,628,000 s; a GB is 2^30 bytes. So 1 MiB/s for a month is
/// 2,628,000 / 1,024 = 2,566.40625 GB, and:
/// - c1: requests 1,283.203125 GB, responses 1,283.203125 GB, total 2,566.40625 GB;
/// - c2: requests 5,132.8125 GB, responses 5,132.8125 GB, total 10,265.625 GB.
@Suite struct CostTests {
    static let text = """
        regions:
          us-east-1: {azs: 3}
          eu-west-2: {azs: 2}
        vpcs:
          - {name: p, region: us-east-1, cidrs: [10.0.0.0/16]}
          - {name: c1, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
          - {name: c2, region: eu-west-2, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: p, port: 443, service_time: 1ms}
        traffic:
          - {from: c1, to: api, rate: 1/s, request_size: 512KiB, response_size: 512KiB}
          - {from: c2, to: api, rate: 2/s, request_size: 1MiB, response_size: 1MiB}
        peering: {mesh: needed}
        privatelink: {acceptance: auto, cross_zone: false, cross_region: true}

        """

    /// PrivateLink:
    /// - endpoint hours: c1's endpoint sits in the 2 AZs it shares with p, c2's
    ///   (cross-region) in c2's 2 AZs: 4 × 0.01 × 730 = 29.20;
    /// - processing, per consumer region, tier 1: us-east-1 2,566.40625 × 0.01 = 25.6640625;
    ///   eu-west-2 10,265.625 × 0.01 = 102.65625; together 128.3203125;
    /// - NLB: 0.0225 × 730 = 16.425;
    /// - NLCU: 12,832.03125 GB / 730 h = 17.578125 GB/h (> 3 requests/s over 100 per
    ///   connection = 0.03 new connections/s / 800, and > 3/s × 1 ms = 0.003 active
    ///   connections / 100,000), so 17.578125 × 0.006 × 730 = 76.9921875;
    /// - inter-region (c2, sender pays 0.02 each way): 5,132.8125 × 0.02 × 2 = 205.3125;
    /// - no cross-Region PrivateLink charge (AWS: "no premium for accessing services in
    ///   other Regions"; before, vpcsim added an invented 0.05 × 730 = 36.50).
    /// Total: 29.20 + 128.3203125 + 16.425 + 76.9921875 + 205.3125 = 456.25.
    @Test func privateLinkHub() throws {
        let cost = try provision(Self.text, PrivateLinkHubStrategy.self).monthlyCost()
        #expect(abs(cost.interfaceEndpointHours - 29.20) < 0.005)
        #expect(abs(cost.endpointProcessing - 128.3203125) < 0.005)
        #expect(abs(cost.loadBalancerHours - 16.425) < 0.005)
        #expect(abs(cost.loadBalancerCapacityUnits - 76.9921875) < 0.005)
        #expect(abs(cost.interRegionTransfer - 205.3125) < 0.005)
        #expect(abs(cost.total - 456.25) < 0.005)
    }

    /// Peering (mesh: needed):
    /// - c1 → p in one region: clients in 2 AZs, instances in 3 with 2 in common, so the
    ///   cross-AZ share is 1 − 2/(2·3) = 2/3: 2,566.40625 × 2/3 × (0.01 out + 0.01 in)
    ///   = 34.21875;
    /// - c2 → p across regions: 205.3125 as above; connections are free;
    /// - `api` has the default `load_balancer: nlb`, billed as PrivateLink's NLB: 16.425 by
    ///   the hour and 76.9921875 of NLCUs (the same 17.578125 GB/h), 93.4171875 (before
    ///   load balancers were modelled outside PrivateLink the total was 239.53125).
    /// Total: 239.53125 + 93.4171875 = 332.9484375.
    @Test func peeringMesh() throws {
        let cost = try provision(Self.text, PeeringMeshStrategy.self).monthlyCost()
        #expect(abs(cost.crossAZTransfer - 34.21875) < 0.005)
        #expect(abs(cost.interRegionTransfer - 205.3125) < 0.005)
        #expect(abs(cost.loadBalancerHours - 16.425) < 0.005)
        #expect(abs(cost.loadBalancerCapacityUnits - 76.9921875) < 0.005)
        #expect(abs(cost.total - 332.9484375) < 0.005)
        // Without a load balancer, data transfer alone.
        let none = Self.text.replacingOccurrences(of: "service_time: 1ms}", with: "service_time: 1ms, load_balancer: none}")
        #expect(abs(try provision(none, PeeringMeshStrategy.self).monthlyCost().total - 239.53125) < 0.005)
    }

    /// Transit Gateway:
    /// - attachments: 3 VPC attachments + 1 TGW peering paid on both sides = 5 × 0.05 × 730
    ///   = 182.50;
    /// - processing: every byte enters a gateway from a VPC once: 12,832.03125 × 0.02
    ///   = 256.640625 (data arriving over the peering: 0);
    /// - inter-region 205.3125; cross-AZ through the TGW is free;
    /// - the default NLB in front of `api`, as under peering: 93.4171875.
    /// Total: 644.453125 + 93.4171875 = 737.8703125.
    @Test func transitGateway() throws {
        let cost = try provision(Self.text, TransitGatewayStrategy.self).monthlyCost()
        #expect(abs(cost.transitGatewayAttachments - 182.50) < 0.005)
        #expect(abs(cost.transitGatewayProcessing - 256.640625) < 0.005)
        #expect(abs(cost.loadBalancerHours + cost.loadBalancerCapacityUnits - 93.4171875) < 0.005)
        #expect(abs(cost.total - 737.8703125) < 0.005)
    }

    /// Unreachable demands carry no traffic: with cross-region PrivateLink off, c2 gets no
    /// endpoint (no route), and the cost loses c2's endpoint, processing and transfer: 2 × 0.01 × 730 + 25.6640625 + 16.425
    /// + (2,566.40625 / 730 = 3.515625 NLCU) × 0.006 × 730 = 14.60 + 25.6640625 + 16.425
    /// + 15.3984375 = 72.0875.
    @Test func unreachableDemandsCostNothing() throws {
        let text = Self.text.replacingOccurrences(of: "cross_region: true", with: "cross_region: false")
        let controlPlane = try provision(text, PrivateLinkHubStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 1) == .unreachable(.noRoute))
        #expect(abs(controlPlane.monthlyCost().total - 72.0875) < 0.005)
    }

    /// An endpoint is billed per AZ from creation to deletion "irrespective of the state of
    /// its association" (AWS PrivateLink pricing page). The provider rejects c2's endpoint:
    /// c2 carries no traffic, but its 2 AZs are still billed. Endpoint hours: c1's 2 AZs +
    /// c2's 2 AZs = 4 × 0.01 × 730 = 29.20 (14.60 if only available endpoints were billed);
    /// with c1's traffic only (as in `unreachableDemandsCostNothing`): 29.20 + 25.6640625
    /// + 16.425 + 15.3984375 = 86.6875.
    @Test func rejectedEndpointsAreBilled() throws {
        var controlPlane = try provision(Self.text, PrivateLinkHubStrategy.self)
        var simulator = Simulator<RadixHeapQueue>()
        #expect(controlPlane.apply(.endpointRejection(consumer: vpcIndex("c2", in: controlPlane), service: 0),
                                   in: &simulator))
        #expect(controlPlane.reachability(ofDemand: 1) == .unreachable(.rejected))
        let cost = controlPlane.monthlyCost()
        #expect(abs(cost.interfaceEndpointHours - 29.20) < 0.005)
        #expect(abs(cost.total - 86.6875) < 0.005)
    }

    /// Endpoints awaiting the provider's acceptance are billed too. With a one-day acceptance
    /// delay, an hour in: the NLB (200 s) and the service (3 s) are up, both endpoints wait
    /// for acceptance and no demand is reachable. Bill: 4 endpoint AZs × 0.01 × 730 = 29.20
    /// plus the NLB's 0.0225 × 730 = 16.425 (no traffic, so no NLCU, processing or
    /// transfer): 45.625 (16.425 if pending endpoints were free).
    @Test func endpointsPendingAcceptanceAreBilled() throws {
        let text = Self.text.replacingOccurrences(of: "acceptance: auto", with: "acceptance: 1d") + constantDelays
        let s = try scenario(text)
        var controlPlane = ControlPlane<PrivateLinkHubStrategy>(topology: try s.topology(replication: 0),
                                                                configuration: s.controlPlaneConfiguration(replication: 0))
        var simulator = Simulator<RadixHeapQueue>()
        controlPlane.start(in: &simulator)
        simulator.run(until: .seconds(3_600), handler: &controlPlane)
        #expect(controlPlane.reachability(ofDemand: 0) != .reachable)
        let cost = controlPlane.monthlyCost()
        #expect(abs(cost.interfaceEndpointHours - 29.20) < 0.005)
        #expect(abs(cost.total - 45.625) < 0.005)
    }

    /// Inter-Region data is charged by the sending Region. A service in ap-southeast-1 and a
    /// client in us-east-1, 1 request/s of 1 MiB each way: 2,566.40625 GB a month in each
    /// direction. Requests leave us-east-1 at 0.02: 51.328125; responses leave Singapore at
    /// 0.09: 230.9765625; together 282.3046875 (102.65625 at one 0.02 rate for both).
    @Test func interRegionChargedBySendingRegion() throws {
        let text = """
            vpcs:
              - {name: p, region: ap-southeast-1, cidrs: [10.0.0.0/16]}
              - {name: c, region: us-east-1, cidrs: [10.1.0.0/16]}
            services:
              - {name: api, vpc: p, port: 443, service_time: 1ms}
            traffic:
              - {from: c, to: api, rate: 1/s, request_size: 1MiB, response_size: 1MiB}
            peering: {mesh: needed}

            """
        let cost = try provision(text, PeeringMeshStrategy.self).monthlyCost()
        #expect(abs(cost.interRegionTransfer - 282.3046875) < 0.005)
        #expect(cost.crossAZTransfer == 0)
    }
}

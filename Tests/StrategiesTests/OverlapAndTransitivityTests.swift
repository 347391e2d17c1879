import CloudModel
import SimKernel
import Strategies
import Testing

/// Overlapping CIDRs and transitive routing, per design (aws-facts.md §1.2, §2.4, §3.2).
@Suite struct OverlapAndTransitivityTests {
    /// Two VPCs with the same CIDR, one calling a service in the other.
    static let overlapping = """
        vpcs:
          - {name: provider, region: us-east-1, cidrs: [10.0.0.0/16]}
          - {name: consumer, region: us-east-1, cidrs: [10.0.0.0/16]}
        services:
          - {name: api, vpc: provider, port: 443, service_time: 1ms}
        traffic:
          - {from: consumer, to: api, rate: 1/s}

        """

    /// "You cannot create a VPC peering connection between VPCs that have matching or
    /// overlapping IPv4 or IPv6 CIDR blocks": the request fails at once.
    @Test(arguments: [PeeringSettings.Mesh.full, .needed])
    func peeringBetweenOverlappingVPCsFails(mesh: PeeringSettings.Mesh) throws {
        var controlPlane = try provision(Self.overlapping + "peering: {mesh: \(mesh.rawValue)}\n", PeeringMeshStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.overlap))
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 0)
        #expect(result.summary.routeEntriesTotal == 0)
        #expect(result.summary.quotaViolations == 0)
        #expect(controlPlane.strategy.connectionStates.failed == 1)
        #expect(unreachable(result, .overlap) == 1)
    }

    /// "A transit gateway doesn't support routing between VPCs with identical CIDRs": both
    /// attach, but the destination lies in the consumer's own CIDR.
    @Test func transitGatewayCannotRouteBetweenIdenticalCIDRs() throws {
        var controlPlane = try provision(Self.overlapping, TransitGatewayStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.overlap))
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 2)   // both attachments are available
        #expect(unreachable(result, .overlap) == 1)
    }

    /// PrivateLink exchanges no routes: overlapping consumer and provider CIDRs work.
    @Test func privateLinkWorksBetweenOverlappingVPCs() throws {
        let controlPlane = try provision(Self.overlapping, PrivateLinkHubStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        #expect(controlPlane.summary().unreachablePairs == 0)
    }

    /// A peers with B, B peers with C: A cannot reach C through B, and the reason is that
    /// A's tables have no route to C. Through a transit gateway, A reaches C.
    static let chain = """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: us-east-1, cidrs: [10.2.0.0/16]}
          - {name: c, region: us-east-1, cidrs: [10.3.0.0/16]}
        services:
          - {name: on-b, vpc: b, port: 80, service_time: 1ms}
          - {name: on-c, vpc: c, port: 80, service_time: 1ms}
        traffic:
          - {from: a, to: on-b, rate: 1/s}
          - {from: b, to: on-c, rate: 1/s}
        peering: {mesh: needed}

        """

    @Test func noTransitiveRoutingThroughPeering() throws {
        let controlPlane = try provision(Self.chain, PeeringMeshStrategy.self)
        #expect(controlPlane.summary().connections == 2)
        let a = 0, c = 2
        let topology = controlPlane.topology
        let hostA = IPAddress.ipv4(IPv4Address(topology.vpcs[a].vpc.subnets[0].ipv4.network.value + 10))
        let hostC = IPAddress.ipv4(IPv4Address(topology.vpcs[c].vpc.subnets[1].ipv4.network.value + 10))
        #expect(controlPlane.reach(from: a, hostA, to: c, hostC) == .unreachable(.noRoute))
        // Both peered pairs work (A→B and B→C).
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        #expect(controlPlane.reachability(ofDemand: 1) == .reachable)
    }

    @Test func transitiveRoutingThroughTransitGateway() throws {
        let controlPlane = try provision(Self.chain, TransitGatewayStrategy.self)
        let a = 0, c = 2
        let topology = controlPlane.topology
        let hostA = IPAddress.ipv4(IPv4Address(topology.vpcs[a].vpc.subnets[0].ipv4.network.value + 10))
        let hostC = IPAddress.ipv4(IPv4Address(topology.vpcs[c].vpc.subnets[1].ipv4.network.value + 10))
        #expect(controlPlane.reach(from: a, hostA, to: c, hostC) == .reachable([.vpc(a), .transitGateway(region: 0), .vpc(c)]))
    }

    /// Two consumers with the same CIDR peered to one provider: the provider's tables take
    /// the first route to that CIDR and refuse the duplicate, so the second consumer's
    /// replies go to the first — it is unreachable with reason `overlap`.
    @Test func duplicateDestinationInAProvidersTable() throws {
        let text = """
            vpcs:
              - {name: provider, region: us-east-1, cidrs: [10.9.0.0/16]}
              - {name: c1, region: us-east-1, cidrs: [10.0.0.0/16]}
              - {name: c2, region: us-east-1, cidrs: [10.0.0.0/16]}
            services:
              - {name: api, vpc: provider, port: 443, service_time: 1ms}
            traffic:
              - {from: c1, to: api, rate: 1/s}
              - {from: c2, to: api, rate: 1/s}
            peering: {mesh: needed}

            """
        let peering = try provision(text, PeeringMeshStrategy.self)
        #expect(peering.summary().connections == 2)
        #expect(peering.reachability(ofDemand: 0) == .reachable)
        #expect(peering.reachability(ofDemand: 1) == .unreachable(.overlap))
        #expect(peering.summary().routeEntriesTotal == 3)  // provider 1 (duplicate refused), c1 1, c2 1
        let tgw = try provision(text, TransitGatewayStrategy.self)
        #expect(tgw.reachability(ofDemand: 0) == .reachable)
        #expect(tgw.reachability(ofDemand: 1) == .unreachable(.overlap))
        let privateLink = try provision(text, PrivateLinkHubStrategy.self)
        #expect(privateLink.reachability(ofDemand: 0) == .reachable)
        #expect(privateLink.reachability(ofDemand: 1) == .reachable)
    }
}

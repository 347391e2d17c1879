import Foundation
import CloudModel
import SimKernel
@testable import Strategies
import Testing

/// as-is on small hand-built estates: each test's expected verdict follows from AWS's
/// routing rules (longest prefix match, blackholes, peering states, TGW associations and
/// propagations, stateful security groups, endpoint states), not from a run.
///
/// Every estate has a consumer `c` (10.1.0.0/16, clients at 10.1.0.4: the first address
/// after AWS's four reserved ones) and a provider `p` (10.2.0.0/16, service `api` on port
/// 443 at 10.2.0.4).
@Suite struct AsIsReachTests {
    static let vpcs = """
        vpcs:
          - {name: c, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
          - {name: p, region: us-east-1, cidrs: [10.2.0.0/16], azs: 2}
        services:
          - {name: api, vpc: p, port: 443, service_time: 1ms}
        traffic:
          - {from: c, to: api, rate: 10/s, request_size: 1000B, response_size: 1000B}

        """

    /// A peering c~p in `state`, c's table `routes`, p's table routing 10.1.0.0/16 back, and
    /// `extra` lines under `as_is:`.
    static func peered(state: String = "active", routes: String, extra: String = "") -> String {
        vpcs + """
            as_is:
              peerings:
                - {id: pcx-cp, vpcs: [c, p], state: \(state)}
              route_tables:
                - {id: rtb-c, vpc: c, main: true, routes: [\(routes)]}
                - {id: rtb-p, vpc: p, main: true, routes: [{destination: 10.1.0.0/16, target: pcx-cp}]}
            \(extra)
            """
    }

    static func run(_ text: String) throws -> (AsIsVerdict, ControlPlane<AsIsStrategy>) {
        let plane = try provision(text, AsIsStrategy.self)
        return (plane.strategy.verdict(demand: 0), plane)
    }

    /// 10.2.0.4 matches both 10.2.0.0/16 (a blackhole) and 10.2.0.0/24 (the peering): the
    /// /24 is longer, so the request takes the peering whatever the order of the routes.
    @Test func longestPrefixMatchPicksTheSlash24OverTheSlash16() throws {
        let (verdict, plane) = try Self.run(Self.peered(routes: "{destination: 10.2.0.0/16, target: blackhole}, {destination: 10.2.0.0/24, target: pcx-cp}"))
        #expect(verdict == .reachable(hops: [.vpc(0), ReachHop(kind: "pcx", label: "pcx-cp"), .vpc(1)], via: .peering))
        #expect(plane.summary().unreachablePairs == 0)
        // Time to connect: the estate exists, so a reachable pair is reachable at 0 s.
        #expect(plane.summary().timeToConnectP50Seconds == 0)
    }

    /// The more specific route is a blackhole: it wins, and the pair is unreachable, the
    /// reason naming the table and the blackholed destination.
    @Test func aMoreSpecificBlackholeWins() throws {
        let (verdict, _) = try Self.run(Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}, {destination: 10.2.0.0/24, target: blackhole}"))
        #expect(verdict == .unreachable(.noRoute, because: "rtb-c (c) route 10.2.0.0/24 is a blackhole"))
    }

    /// A route to a peering still pending acceptance: unreachable, `pending`, naming the
    /// peering and its state.
    @Test func aPendingPeeringIsUnreachableWithItsID() throws {
        var (verdict, plane) = try Self.run(Self.peered(state: "pending-acceptance", routes: "{destination: 10.2.0.0/16, target: pcx-cp}"))
        #expect(verdict == .unreachable(.pending, because: "rtb-c (c) route 10.2.0.0/16 goes to pcx-cp, which is pending-acceptance"))
        verdict = plane.strategy.verdict(demand: 0)
        let result = plane.finish(at: .zero)
        #expect(unreachable(result, .pending) == 1)
        #expect(result.designReport.contains { $0.contains("c → api: `pending`:") && $0.contains("pcx-cp") })
    }

    /// The peering is active and routed both ways, but p's return route is missing: the
    /// responses cannot come back.
    @Test func aMissingReturnRouteIsNamed() throws {
        let text = Self.vpcs + """
            as_is:
              peerings: [{id: pcx-cp, vpcs: [c, p], state: active}]
              route_tables:
                - {id: rtb-c, vpc: c, main: true, routes: [{destination: 10.2.0.0/16, target: pcx-cp}]}
                - {id: rtb-p, vpc: p, main: true, routes: []}

            """
        let (verdict, _) = try Self.run(text)
        #expect(verdict == .unreachable(.noRoute, because: "return path: rtb-p (p) has no route to 10.1.0.4"))
    }

    /// The service's group admits tcp/80 only: a request on 443 is refused by it, by id.
    @Test func aSecurityGroupWithoutThePortStopsThePair() throws {
        let extra = """
              security_groups:
                - {id: sg-svc, vpc: p, ingress: [{protocol: tcp, ports: 80, cidrs: [10.0.0.0/8]}]}
              services: [{service: api, security_groups: [sg-svc]}]
            """
        let (verdict, _) = try Self.run(Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}", extra: extra))
        #expect(verdict == .unreachable(.securityGroup, because: "sg-svc (api's) admits no tcp/443 from 10.1.0.4 (c)"))
    }

    /// The service's group admits 443 from a group of c's VPC (a reference, no CIDR): the
    /// pair is reachable; the same rule referencing a group of p's own VPC is not.
    @Test(arguments: [("c", true), ("p", false)])
    func aSecurityGroupReferenceAdmitsTheClientsVPC(owner: String, admitted: Bool) throws {
        let extra = """
              security_groups:
                - {id: sg-svc, vpc: p, ingress: [{protocol: tcp, ports: "400-500", groups: [sg-client]}]}
                - {id: sg-client, vpc: \(owner), ingress: []}
              services: [{service: api, security_groups: [sg-svc]}]
            """
        let (verdict, _) = try Self.run(Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}", extra: extra))
        if admitted {
            #expect(verdict == .reachable(hops: [.vpc(0), ReachHop(kind: "pcx", label: "pcx-cp"), .vpc(1)], via: .peering))
        } else {
            #expect(verdict == .unreachable(.securityGroup, because: "sg-svc (api's) admits no tcp/443 from 10.1.0.4 (c)"))
        }
    }

    /// c and p attached to one gateway whose table has `associations` and `propagations`.
    static func gateway(associations: String, propagations: String, routes: String = "") -> String {
        vpcs + """
            as_is:
              transit_gateways: [{id: tgw-1, region: us-east-1, state: available}]
              tgw_attachments:
                - {id: tgw-attach-c, tgw: tgw-1, vpc: c, state: available, azs: 2}
                - {id: tgw-attach-p, tgw: tgw-1, vpc: p, state: available, azs: 2}
              tgw_route_tables:
                - {id: tgw-rtb-1, tgw: tgw-1, associations: [\(associations)], propagations: [\(propagations)], routes: [\(routes)]}
              route_tables:
                - {id: rtb-c, vpc: c, main: true, routes: [{destination: 10.0.0.0/8, target: tgw-1}]}
                - {id: rtb-p, vpc: p, main: true, routes: [{destination: 10.0.0.0/8, target: tgw-1}]}

            """
    }

    /// Both attachments associated with the table and propagating into it: reachable
    /// through the gateway, both ways.
    @Test func associatedAndPropagatedAttachmentsReach() throws {
        let (verdict, plane) = try Self.run(Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p"))
        #expect(verdict == .reachable(hops: [.vpc(0), ReachHop(kind: "tgw", label: "tgw-1"), .vpc(1)], via: .transitGateway(gateways: 1)))
        // Two propagated routes (one CIDR per VPC), one route in each VPC table.
        let summary = plane.summary()
        #expect(summary.routeEntriesPropagated == 2)
        #expect(summary.routeEntriesTotal == 2)
        #expect(summary.connections == 2)
        #expect(summary.enis == 4)
    }

    /// c's attachment is associated with no route table: the gateway has no table to look
    /// the destination up in.
    @Test func aMissingAssociationIsNamed() throws {
        let (verdict, _) = try Self.run(Self.gateway(associations: "tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p"))
        #expect(verdict == .unreachable(.noRoute, because: "tgw-attach-c is associated with no route table of tgw-1"))
    }

    /// p's attachment does not propagate: the table has no route to p's CIDR.
    @Test func aMissingPropagationIsNamedByTheTable() throws {
        let (verdict, _) = try Self.run(Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c"))
        guard case .unreachable(.noRoute, let because) = verdict else { Issue.record("\(verdict)"); return }
        #expect(because.hasPrefix("tgw-rtb-1 (tgw-1, associated with tgw-attach-c) has no route to 10.2.0.4"), "\(because)")
    }

    /// A static blackhole for p's /24 beats the propagated /16 (longer prefix); a static
    /// route for the same /16 as the propagation beats it (static over propagated).
    @Test func gatewayBlackholeAndStaticPrecedence() throws {
        let (blackholed, _) = try Self.run(Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p",
                                                        routes: "{destination: 10.2.0.0/24, blackhole: true}"))
        #expect(blackholed == .unreachable(.noRoute, because: "tgw-rtb-1 (tgw-1) static route 10.2.0.0/24 is a blackhole"))
        let (wrongStatic, _) = try Self.run(Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p",
                                                         routes: "{destination: 10.2.0.0/16, attachment: tgw-attach-c}"))
        #expect(wrongStatic == .unreachable(.noRoute, because: "tgw-rtb-1 (tgw-1) static route 10.2.0.0/16 goes to tgw-attach-c (c), which does not hold 10.2.0.4"))
    }

    /// Across Regions: c in us-east-1 on tgw-1, p in eu-west-1 on tgw-2, the gateways peered
    /// (tgw-attach-x, associated on both sides), static routes toward the peering: the path
    /// passes both gateways and the peering attachment.
    @Test func theTGWPeeringHop() throws {
        let text = """
            vpcs:
              - {name: c, region: us-east-1, cidrs: [10.1.0.0/16], azs: 2}
              - {name: p, region: eu-west-1, cidrs: [10.2.0.0/16], azs: 2}
            services:
              - {name: api, vpc: p, port: 443, service_time: 1ms}
            traffic:
              - {from: c, to: api, rate: 10/s}
            as_is:
              transit_gateways:
                - {id: tgw-1, region: us-east-1}
                - {id: tgw-2, region: eu-west-1}
              tgw_attachments:
                - {id: tgw-attach-c, tgw: tgw-1, vpc: c, state: available}
                - {id: tgw-attach-p, tgw: tgw-2, vpc: p, state: available}
                - {id: tgw-attach-x, tgw: tgw-1, peer_tgw: tgw-2, state: available}
              tgw_route_tables:
                - {id: tgw-rtb-1, tgw: tgw-1, associations: [tgw-attach-c, tgw-attach-x], propagations: [tgw-attach-c], routes: [{destination: 10.2.0.0/16, attachment: tgw-attach-x}]}
                - {id: tgw-rtb-2, tgw: tgw-2, associations: [tgw-attach-p, tgw-attach-x], propagations: [tgw-attach-p], routes: [{destination: 10.1.0.0/16, attachment: tgw-attach-x}]}
              route_tables:
                - {id: rtb-c, vpc: c, main: true, routes: [{destination: 10.0.0.0/8, target: tgw-1}]}
                - {id: rtb-p, vpc: p, main: true, routes: [{destination: 10.0.0.0/8, target: tgw-2}]}

            """
        let (verdict, plane) = try Self.run(text)
        #expect(verdict == .reachable(hops: [.vpc(0), ReachHop(kind: "tgw", label: "tgw-1"), ReachHop(kind: "tgw-attach", label: "tgw-attach-x"),
                                             ReachHop(kind: "tgw", label: "tgw-2"), .vpc(1)], via: .transitGateway(gateways: 2)))
        // Attachment hours: two VPC attachments and both sides of the peering, 4 × 0.05 USD × 730 h.
        #expect(abs(plane.monthlyCost().transitGatewayAttachments - 4 * 0.05 * 730) < 1e-9)
    }

    /// An endpoint to the service pending acceptance: unreachable, `pending`, naming it.
    /// Accepted, with a group admitting c's CIDR on 443: reachable through it.
    @Test(arguments: [("pendingAcceptance", false), ("available", true)])
    func endpointAcceptanceState(state: String, reachable: Bool) throws {
        let text = Self.vpcs + """
            as_is:
              security_groups: [{id: sg-e, vpc: c, ingress: [{protocol: tcp, ports: 443, cidrs: [10.1.0.0/16]}]}]
              endpoints: [{id: vpce-1, vpc: c, service: api, state: \(state), azs: 2, security_groups: [sg-e]}]

            """
        let (verdict, plane) = try Self.run(text)
        if reachable {
            #expect(verdict == .reachable(hops: [.vpc(0), ReachHop(kind: "vpce", label: "vpce-1"), .vpc(1)], via: .endpoint("vpce-1")))
        } else {
            #expect(verdict == .unreachable(.pending, because: "vpce-1 (c to api) is pendingAcceptance"))
        }
        // Billed per AZ whatever the state: 2 AZs × 0.01 USD × 730 h.
        #expect(abs(plane.monthlyCost().interfaceEndpointHours - 2 * 0.01 * 730) < 1e-9)
    }

    /// The monthly cost through a TGW, by hand: 2 attachments × 0.05 USD × 730 h = 73 USD,
    /// plus processing of both directions at 0.02 USD per GB: 10 requests/s × (1000 + 1000)
    /// bytes × 730 h × 3,600 s ÷ 2^30 bytes per GB ≈ 48.95 GB, 0.98 USD; cross-AZ data through
    /// a TGW is free. The service's NLB (its default `load_balancer`): 0.0225 USD × 730 h =
    /// 16.425 USD, and NLCUs on bytes, the highest dimension (0.067 GB/h against 0.1 new
    /// connections/s of 800 and 0.01 active of 100,000): 48.95 GB × 0.006 USD ≈ 0.29 USD.
    /// Total ≈ 90.70 USD. The report gives the same total and the quota headroom by resource.
    @Test func costAndHeadroomByHand() throws {
        let (_, plane) = try Self.run(Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p"))
        let gigabytes = 10.0 * 2000 * 730 * 3600 / 1_073_741_824
        let expected = 73 + gigabytes * 0.02 + 0.0225 * 730 + gigabytes * 0.006
        #expect(abs(plane.monthlyCost().total - expected) < 1e-9)
        let report = plane.strategy.report(ledger: plane.ledger)
        #expect(report.contains { $0.hasPrefix("Monthly cost of the existing connectivity: 90.70 USD") })
        #expect(report.contains { $0.hasPrefix("- `tgw_attachments_per_tgw` (5000): tgw-1: 2 of 5000 attachments") })
        #expect(report.contains { $0.hasPrefix("- `routes_per_route_table` (1000): rtb-c (c): 1 of 1000 static routes; rtb-p (p): 1 of 1000") })
        #expect(report.contains { $0.hasPrefix("Time to connect: not applicable") })
    }

    /// A default route to an internet gateway matches 10.2.0.4 but leads out of the estate.
    @Test func aRouteToAnotherTargetLeadsOutOfTheEstate() throws {
        let (verdict, _) = try Self.run(Self.peered(routes: "{destination: 0.0.0.0/0, target: igw-1}"))
        #expect(verdict == .unreachable(.noRoute, because: "rtb-c (c) route 0.0.0.0/0 goes to igw-1, out of the estate"))
    }

    /// The consumer reuses the provider's block (10.2.0.0/16 twice): its own local route
    /// holds the provider's address, so the request never leaves it (`overlap`).
    @Test func anOverlappingConsumerKeepsTheTrafficLocal() throws {
        let text = Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}")
            .replacingOccurrences(of: "{name: c, region: us-east-1, cidrs: [10.1.0.0/16]", with: "{name: c, region: us-east-1, cidrs: [10.2.0.0/16]")
        let (verdict, _) = try Self.run(text)
        #expect(verdict == .unreachable(.overlap, because: "10.2.0.4 is inside c's own CIDR (local route): it overlaps p"))
    }

    /// The data plane passes the estate's own hops: with every network delay zero but the
    /// gateway's (0.05 ms each way) and the endpoint's (0.1 ms each way), and a 1 ms service,
    /// a round trip through one Transit Gateway takes 0.1 ms more than over a peering, and
    /// one through an endpoint 0.2 ms more. All three see the same arrivals and draws
    /// (common random numbers), so the queueing at the one-instance service is the same and
    /// the differences are exact.
    @Test func theDataPlanePassesTheEstatesHops() throws {
        let peering = Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}")
        let gateway = Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p")
        let endpoint = Self.vpcs + "as_is:\n  endpoints: [{id: vpce-1, vpc: c, service: api, state: available, azs: 2}]\n"
        func mean(_ text: String) throws -> Double {
            let s = try scenario(text)
            let results = try runPlane(try s.topology(replication: 0), .asIs,
                                       latency: try zeroLatency(privateLinkHop: "0.1ms", tgwHop: "0.05ms"), designs: s.options,
                                       duration: .seconds(20))
            return try #require(results.steady.first?.meanMilliseconds)
        }
        // No load balancer in front of the service, so that only the estate's hops differ.
        func bare(_ text: String) -> String {
            text.replacingOccurrences(of: "{name: api, vpc: p, port: 443, service_time: 1ms}",
                                      with: "{name: api, vpc: p, port: 443, service_time: 1ms, load_balancer: none}")
        }
        let base = try mean(bare(peering))
        #expect(base >= 1.0 && base < 1.01, "\(base)")   // the service time, plus a little queueing
        #expect(abs(try mean(bare(gateway)) - base - 0.1) < 1e-6)
        #expect(abs(try mean(bare(endpoint)) - base - 0.2) < 1e-6)
    }

    /// The service's own load balancer on each way of the estate. With every network delay
    /// zero, constant hops (gateway 0.05 ms, endpoint 0.1 ms, NLB 0.07 ms, ALB 0.3 ms each way)
    /// and the same arrivals and draws for all (common random numbers), each round trip is
    /// the bare peering's plus its hops, both ways:
    /// - `nlb` over a peering: + 2 × 0.07 = 0.14 ms; through one TGW: + 2 × (0.05 + 0.07) = 0.24 ms;
    /// - `nlb` through an endpoint: + 2 × 0.1 = 0.2 ms only, since `privatelink_hop` already
    ///   holds the endpoint service's NLB (an endpoint service is fronted by the NLB, as
    ///   under `privatelink-hub`); adding `nlb_hop` too would give 0.34 ms;
    /// - `alb` through an endpoint (an ALB as the NLB's target): + 2 × (0.1 + 0.3) = 0.8 ms;
    ///   over a peering: + 2 × 0.3 = 0.6 ms.
    @Test func theEndpointPathCrossesTheServicesNLBOnce() throws {
        let peering = Self.peered(routes: "{destination: 10.2.0.0/16, target: pcx-cp}")
        let gateway = Self.gateway(associations: "tgw-attach-c, tgw-attach-p", propagations: "tgw-attach-c, tgw-attach-p")
        let endpoint = Self.vpcs + "as_is:\n  endpoints: [{id: vpce-1, vpc: c, service: api, state: available, azs: 2}]\n"
        var latency = try zeroLatency(privateLinkHop: "0.1ms", tgwHop: "0.05ms")
        latency.hops[LoadBalancerHops.nlb.key] = try delay("0.07ms")
        latency.hops[LoadBalancerHops.alb.key] = try delay("0.3ms")
        func mean(_ text: String, _ balancer: String) throws -> Double {
            let s = try scenario(text.replacingOccurrences(
                of: "{name: api, vpc: p, port: 443, service_time: 1ms}",
                with: "{name: api, vpc: p, port: 443, service_time: 1ms, load_balancer: \(balancer)}"))
            let results = try runPlane(try s.topology(replication: 0), .asIs, latency: latency, designs: s.options,
                                       duration: .seconds(20))
            return try #require(results.steady.first?.meanMilliseconds)
        }
        let base = try mean(peering, "none")
        #expect(base >= 1.0 && base < 1.01, "\(base)")
        #expect(abs(try mean(peering, "nlb") - base - 0.14) < 1e-6)
        #expect(abs(try mean(gateway, "nlb") - base - 0.24) < 1e-6)
        #expect(abs(try mean(endpoint, "nlb") - base - 0.2) < 1e-6)
        #expect(abs(try mean(endpoint, "none") - base - 0.2) < 1e-6)
        #expect(abs(try mean(peering, "alb") - base - 0.6) < 1e-6)
        #expect(abs(try mean(endpoint, "alb") - base - 0.8) < 1e-6)
    }

    /// Without an `as_is:` section nothing connects two VPCs: c has no route table.
    @Test func noEstateNoRoute() throws {
        let (verdict, plane) = try Self.run(Self.vpcs)
        #expect(verdict == .unreachable(.noRoute, because: "c has no route table in as_is.route_tables"))
        #expect(plane.summary().apiOperations == 0)
        // Only the service's NLB by the hour (0.0225 USD × 730 h); no traffic flows.
        #expect(abs(plane.summary().monthlyCostUSD - 0.0225 * 730) < 1e-9)
    }
}

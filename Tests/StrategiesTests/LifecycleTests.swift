import CloudModel
import SimKernel
import Strategies
import Testing

/// Connection lifecycles over simulated time, with constant delays worked out by hand.
@Suite struct LifecycleTests {
    static func pair(acceptance: String) -> String {
        """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: eu-west-2, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: a, port: 443, service_time: 1ms}
        traffic:
          - {from: b, to: api, rate: 1/s}
        peering: {mesh: full, acceptance: "\(acceptance)"}

        """ + constantDelays
    }

    /// "If no action is taken on the request, it expires after 7 days": an acceptance that
    /// would take 8 days never comes; the request (sent at 5 s) expires at 7 d + 5 s.
    @Test func unacceptedRequestsExpireAfter7Days() throws {
        var controlPlane = try provision(Self.pair(acceptance: "8d"), PeeringMeshStrategy.self)
        #expect(controlPlane.quiescentAt == SimTime.seconds(7 * 86_400 + 5))
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.expired))
        #expect(controlPlane.strategy.connectionStates.expired == 1)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.connections == 0)
        #expect(unreachable(result, .expired) == 1)
        #expect(result.summary.timeToConnectP50Seconds == nil)
    }

    /// Exactly 7 days is too late as well; 6 days is in time: active at
    /// 5 s + 6 d + 10 s, routes 2 s later.
    @Test func acceptanceJustInsideTheWeek() throws {
        let late = try provision(Self.pair(acceptance: "7d"), PeeringMeshStrategy.self)
        #expect(late.reachability(ofDemand: 0) == .unreachable(.expired))
        var inTime = try provision(Self.pair(acceptance: "6d"), PeeringMeshStrategy.self)
        #expect(inTime.reachability(ofDemand: 0) == .reachable)
        #expect(inTime.quiescentAt == SimTime.seconds(6 * 86_400 + 17))
        #expect(inTime.finish(at: .zero).summary.timeToConnectP50Seconds == Double(6 * 86_400 + 17))
    }

    /// The expiry is a quota-catalog time and can be changed (a what-if).
    @Test func expiryFollowsTheQuota() throws {
        let text = Self.pair(acceptance: "2h") + "quotas: {peering_request_expiry: 1h}\n"
        let controlPlane = try provision(text, PeeringMeshStrategy.self)
        #expect(controlPlane.reachability(ofDemand: 0) == .unreachable(.expired))
        #expect(controlPlane.quiescentAt == SimTime.seconds(3_600 + 5))
    }

    /// One account per VPC: with 2 outstanding requests allowed and acceptance taking 1 h,
    /// the last of 6 VPCs sends its 5 requests in waves of 2, 2 and 1, each wave sent when
    /// the previous one is accepted (5 s + 1 h later): the last acceptance is at
    /// 3 × (1 h 5 s), then 10 s of provisioning and 2 s of routes. VPCs 3, 4 and 5 make
    /// 1 + 2 + 3 = 6 requests wait.
    @Test func pendingRequestQuotaMakesRequestsWait() throws {
        let text = "fleets:\n" + fleet("app", count: 6)
            + "peering: {mesh: full, acceptance: 1h}\nquotas: {pending_peering_requests: 2}\n" + constantDelays
        var controlPlane = try provision(text, PeeringMeshStrategy.self)
        #expect(controlPlane.quiescentAt == SimTime.seconds(3 * 3_605 + 12))
        let result = controlPlane.finish(at: .zero)
        #expect(result.requestsWaited == 6)
        #expect(result.summary.connections == 15)
        #expect(result.summary.quotaViolations == 0)
    }

    /// PrivateLink with manual acceptance: NLB 200 s, endpoint service 3 s, then the
    /// endpoint is created, accepted 1 h later and available 130 s after that.
    @Test func endpointAcceptanceAndProvisioning() throws {
        let text = Self.pair(acceptance: "1h") + "privatelink: {acceptance: 1h}\n"
        var controlPlane = try provision(text, PrivateLinkHubStrategy.self)
        #expect(controlPlane.quiescentAt == SimTime.seconds(203 + 3_600 + 130))
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        let result = controlPlane.finish(at: .zero)
        #expect(result.apiCallsByOperation.contains { $0.operation == PrivateLinkOperation.acceptVpcEndpointConnections.operation && $0.count == 1 })
        // b (eu-west-2) is the goal's owner: it waited for the service from its creation at 0.
        #expect(result.summary.timeToConnectP50Seconds == Double(203 + 3_600 + 130))
    }

    /// Transit Gateway in two regions: gateways at 100 s, attachments at 190 s, VPC routes at
    /// 192 s; the TGW peering is requested at 100 s and available at 220 s, when the static
    /// routes go in. The pair connects at 220 s (with `acceptance: auto`; AWS's default,
    /// `manual`, adds a person's delay before each attachment and the peering).
    @Test func transitGatewayTimeline() throws {
        var controlPlane = try provision(Self.pair(acceptance: "1h") + "transit_gateway: {acceptance: auto}\n",
                                         TransitGatewayStrategy.self)
        #expect(controlPlane.quiescentAt == SimTime.seconds(220))
        #expect(controlPlane.reachability(ofDemand: 0) == .reachable)
        let result = controlPlane.finish(at: .zero)
        #expect(result.summary.timeToConnectP50Seconds == 220)
        #expect(result.summary.connections == 3)   // 2 attachments + 1 peering
        #expect(result.summary.enis == 3 + 3)       // each VPC spans its region's 3 AZs
    }
}

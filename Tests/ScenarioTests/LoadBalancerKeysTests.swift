import CloudModel
import SimKernel
import Strategies
import Testing
@testable import Scenario

/// `services[].load_balancer` and `traffic[].requests_per_connection`.
@Suite struct LoadBalancerKeysTests {
    @Test func defaultsAreAnNLBAndAHundredRequestsPerConnection() throws {
        let scenario = try #require(load(Fixtures.minimal))
        #expect(scenario.services[0].loadBalancer == .nlb)
        #expect(scenario.traffic[0].requestsPerConnection == 100)
        let topology = try scenario.topology(replication: 0)
        #expect(topology.services[0].loadBalancer == .nlb)
        #expect(topology.demands[0].requestsPerConnection == 100)
        #expect(abs(topology.demands[0].newConnectionsPerSecond - 0.1) < 1e-12)   // 10/s over 100
    }

    @Test func eachValueIsRead() throws {
        for kind in LoadBalancerKind.allCases {
            let text = Fixtures.minimal
                .replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, load_balancer: \(kind.name)}")
                .replacingOccurrences(of: "rate: 10/s}", with: "rate: 10/s, requests_per_connection: 1}")
            let scenario = try #require(load(text))
            #expect(scenario.services[0].loadBalancer == kind)
            #expect(scenario.traffic[0].requestsPerConnection == 1)
        }
    }

    /// `alb_hop` and `nlb_hop` are hop keys like the designs' own, section-wide and per pair.
    @Test func theBalancerHopsAreLatencyKeys() throws {
        let text = Fixtures.minimal + """
            latency:
              alb_hop: 0.3ms
              overrides:
                - {from: us-east-1, to: us-east-1, nlb_hop: 0.1ms}

            """
        let latency = try #require(load(text)).latency
        let model = LatencyModel(regions: ["us-east-1", "eu-west-2"], settings: latency)
        #expect(model.path(from: 1, to: 0).hop(LoadBalancerHops.alb).mean == 0.3e6)
        #expect(model.path(from: 0, to: 0).hop(LoadBalancerHops.nlb).mean == 0.1e6)
        #expect(model.path(from: 1, to: 0).hop(LoadBalancerHops.nlb) == LoadBalancerHops.nlb.defaultDelay)
    }

    @Test func badValuesAreLocated() {
        let balancer = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, load_balancer: gwlb}")
        expectError(balancer, line: 5, column: 71, keyPath: "services[0].load_balancer", mentions: ["unknown value 'gwlb'"])
        let reuse = Fixtures.minimal.replacingOccurrences(of: "rate: 10/s}", with: "rate: 10/s, requests_per_connection: 0}")
        expectError(reuse, line: 7, column: 61, keyPath: "traffic[0].requests_per_connection", mentions: ["must be at least 1"])
    }
}

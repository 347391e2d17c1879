import CloudModel
import SimKernel
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

    @Test func badValuesAreLocated() {
        let balancer = Fixtures.minimal.replacingOccurrences(of: "service_time: 4ms}", with: "service_time: 4ms, load_balancer: gwlb}")
        expectError(balancer, line: 5, column: 71, keyPath: "services[0].load_balancer", mentions: ["unknown value 'gwlb'"])
        let reuse = Fixtures.minimal.replacingOccurrences(of: "rate: 10/s}", with: "rate: 10/s, requests_per_connection: 0}")
        expectError(reuse, line: 7, column: 61, keyPath: "traffic[0].requests_per_connection", mentions: ["must be at least 1"])
    }
}

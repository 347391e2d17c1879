import CloudModel
import Strategies
import Testing

/// The designs' hop delays: their defaults against their sources, and their keys unique
/// beside the shared `latency:` keys.
@Suite struct DesignHopTests {
    @Test func hopDefaultsMatchTheirSources() {
        // Endpoint hop: 0.05–0.3 ms per round trip (two ways), mean 0.175 ms (aws-facts.md §2.6).
        let endpoint = PrivateLinkHubStrategy.endpointHopDefinition.defaultDelay
        #expect(abs((endpoint.mean ?? 0) * 2 - 0.175e6) < 1)
        #expect(abs(endpoint.quantile(0) * 2 - 0.05e6) < 1)
        #expect(abs(endpoint.quantile(1) * 2 - 0.3e6) < 1)
        // TGW: 0.1 ms per round trip through one gateway (Classmethod DevelopersIO, 2021).
        #expect(TransitGatewayStrategy.gatewayHopDefinition.defaultDelay.mean == 0.05e6)
    }

    @Test func hopKeysAreUniqueAndDistinctFromTheSharedKeys() {
        let keys = DesignRegistry.hops.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(!["same_az", "cross_az", "forward_share", "overrides", "rtt", "p50", "p90", "from", "to"].contains(key))
            #expect(key.hasSuffix("_hop"), "\(key) should read as a hop")
        }
        #expect(keys.contains("privatelink_hop") && keys.contains("tgw_hop"))
    }
}

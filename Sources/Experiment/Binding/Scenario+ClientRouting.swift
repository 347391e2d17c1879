import Scenario
import Strategies

extension Scenario {
    /// How each of the scenario's strategies' clients choose an AZ (strategy name →
    /// `ConnectivityStrategy.clientRoutingSetting`, e.g. `privatelink.dns: regional`),
    /// recorded in result manifests so that a report names the setting every latency and
    /// cross-AZ cost depends on.
    public var clientRoutingSettings: [String: String] {
        Dictionary(uniqueKeysWithValues: strategies.map { ($0.rawValue, $0.strategyType.clientRoutingSetting(options)) })
    }
}

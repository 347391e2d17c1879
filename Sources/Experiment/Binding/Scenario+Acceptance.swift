import Scenario
import Strategies

extension Scenario {
    /// How each of the scenario's strategies accepts its connections (strategy name →
    /// `ConnectivityStrategy.acceptanceSetting`), recorded in result manifests so that every
    /// time to connect in a report names the acceptance it assumed.
    public var acceptanceSettings: [String: String] {
        Dictionary(uniqueKeysWithValues: strategies.map { ($0.rawValue, $0.strategyType.acceptanceSetting(options)) })
    }
}

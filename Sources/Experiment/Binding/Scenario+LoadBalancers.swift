import Scenario
import Strategies

extension Scenario {
    /// The load balancers each of the scenario's strategies includes in front of its
    /// services (strategy name → `ConnectivityStrategy.loadBalancerSetting`, e.g.
    /// `nlb × 1 (services[].load_balancer)`), recorded in result manifests so that a report
    /// says what each design's cost includes.
    public var loadBalancerSettings: [String: String] {
        let configured = services.map(\.loadBalancer)
        return Dictionary(uniqueKeysWithValues: strategies.map {
            ($0.rawValue, $0.strategyType.loadBalancerSetting(configured))
        })
    }
}

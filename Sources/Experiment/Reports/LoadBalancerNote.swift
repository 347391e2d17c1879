import Strategies

/// The sentence a cost finding ends with: which load balancers each of the two strategies'
/// costs include (from the folder's manifest, `load_balancers`), e.g. peering's internal NLB
/// per service against PrivateLink's endpoint-service NLB. Empty for a folder written before
/// manifests recorded it.
enum LoadBalancerNote {
    static func text(_ balancers: [String: String]?, _ strategy: StrategyKind, against other: StrategyKind) -> String {
        guard let mine = balancers?[strategy.rawValue], let theirs = balancers?[other.rawValue] else { return "" }
        return " Load balancers included: **\(strategy.rawValue)** `\(mine)`, **\(other.rawValue)** `\(theirs)`."
    }
}

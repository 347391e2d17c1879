import Strategies

/// The sentence a latency finding ends with: how the two strategies' clients chose an AZ
/// (from the folder's manifest, `client_routing`), which the comparison depends on: e.g.
/// PrivateLink with `dns: zonal` keeps calls in the client's AZ, peering with
/// `client_routing: any-az` does not. Empty for a folder written before manifests recorded it.
enum ClientRoutingNote {
    static func text(_ routing: [String: String]?, _ strategy: StrategyKind, against other: StrategyKind) -> String {
        guard let mine = routing?[strategy.rawValue], let theirs = routing?[other.rawValue] else { return "" }
        return " Client AZ choice: `\(mine)` against `\(theirs)`."
    }
}

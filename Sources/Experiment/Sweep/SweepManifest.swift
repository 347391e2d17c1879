/// `manifest.json` of a sweep folder: what was run, so that `--resume` and `vpcsim merge`
/// can refuse a folder of another sweep and a report can say what the numbers are.
///
/// It holds no time stamp, host or wall time: a sweep's files are byte-identical however it
/// was run (any `--jobs`, sharded and merged, interrupted and resumed).
public struct SweepManifest: Equatable, Sendable, Codable {
    /// One varied setting and its values, as written.
    public struct Parameter: Equatable, Sendable, Codable {
        /// The dotted path, as written under `vary:`.
        public var path: String
        /// Its values, as written.
        public var values: [String]
    }

    /// Always `sweep`.
    public var kind: String = "sweep"
    /// The vpcsim version that wrote the folder.
    public var version: String
    /// The sweep file, as named on the command line.
    public var sweep: String
    /// The base scenario file, resolved against the sweep file's folder.
    public var scenario: String
    /// The base scenario's name.
    public var name: String
    /// `fnv1a64:` and 16 hex digits: the hash of the sweep file's bytes, a zero byte, and the
    /// base scenario's bytes. A folder is resumed or merged only with the same hash.
    public var contentHash: String
    /// The seed every replication seed derives from (the sweep's, else the scenario's).
    public var seed: UInt64
    /// How replication seeds are derived (`ReplicationSeeds.rule`).
    public var seedRule: String
    /// Replications per point (the sweep's, else the scenario's).
    public var replications: Int
    /// The base scenario's strategies, in order.
    public var strategies: [String]
    /// The grid.
    public var parameters: [Parameter]
    /// Points in the whole grid.
    public var points: Int
    /// The shard this folder holds; absent for a whole grid (run unsharded or merged).
    public var shard: ShardSpec?
    /// The base scenario's quotas that charts draw.
    public var quotas: QuotaMarks
    /// How each strategy accepts its connections in the base scenario (strategy name →
    /// setting), which every time to connect depends on; absent in folders of older versions.
    public var acceptance: [String: String]?
    /// The base scenario's bundled inter-Region round trips (`latency.source`); a grid may
    /// vary it (then `parameters` says so). Absent in folders written before it existed.
    public var latencySource: String?
    /// The base scenario's objectives, which every point and design is judged against;
    /// absent when it has none (and in folders written before objectives existed).
    public var objectives: [ObjectiveMark]?
    /// How each strategy's clients choose an AZ in the base scenario (strategy name →
    /// setting), which latencies and cross-AZ costs depend on; absent in older folders.
    public var clientRouting: [String: String]?
    /// The load balancers each strategy's cost and path include in the base scenario
    /// (strategy name → setting); absent in older folders.
    public var loadBalancers: [String: String]?
    /// What each strategy's results rest on that is an assumption in the base scenario
    /// (strategy name → list); absent in older folders.
    public var assumptions: [String: [ResultAssumption]]?

    enum CodingKeys: String, CodingKey {
        case kind, version, sweep, scenario, name
        case contentHash = "content_hash"
        case seed
        case seedRule = "seed_rule"
        case replications, strategies, parameters, points, shard, quotas, acceptance
        case latencySource = "latency_source"
        case objectives
        case clientRouting = "client_routing"
        case loadBalancers = "load_balancers"
        case assumptions
    }

    /// The first key (in the order a user cares about) whose value differs from `other`'s,
    /// or nil when the manifests describe the same work. The file paths are not compared:
    /// the same sweep named by another path (relative, absolute) has the same content hash.
    public func firstDifference(from other: SweepManifest) -> String? {
        if kind != other.kind { return "kind" }
        if contentHash != other.contentHash { return "content_hash" }
        if seed != other.seed { return "seed" }
        if shard != other.shard { return "shard" }
        if version != other.version { return "version" }
        if points != other.points { return "points" }
        if parameters != other.parameters { return "parameters" }
        if replications != other.replications { return "replications" }
        if strategies != other.strategies { return "strategies" }
        if name != other.name { return "name" }
        if seedRule != other.seedRule { return "seed_rule" }
        if quotas != other.quotas { return "quotas" }
        if acceptance != other.acceptance { return "acceptance" }
        if latencySource != other.latencySource { return "latency_source" }
        if objectives != other.objectives { return "objectives" }
        if clientRouting != other.clientRouting { return "client_routing" }
        if loadBalancers != other.loadBalancers { return "load_balancers" }
        if assumptions != other.assumptions { return "assumptions" }
        return nil
    }
}

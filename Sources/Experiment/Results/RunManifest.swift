/// `manifest.json` of a run folder (`vpcsim run`): what was run, for reports and plots.
///
/// Reading is lenient (every field but `kind` may be missing), so a report works on any run
/// folder; `vpcsim run` writes every field.
public struct RunManifest: Equatable, Sendable, Codable {
    /// Always `run`.
    public var kind: String? = "run"
    /// The vpcsim version that wrote the folder.
    public var version: String?
    /// The scenario file, as named on the command line.
    public var scenario: String?
    /// The scenario's name.
    public var name: String?
    /// `fnv1a64:` and 16 hex digits of the scenario file's bytes.
    public var scenarioHash: String?
    /// The scenario's seed (after `--seed`).
    public var seed: UInt64?
    /// Replications per strategy.
    public var replications: Int?
    /// The strategies run, in order.
    public var strategies: [String]?
    /// The `--set key=value` overrides applied, in order.
    public var settings: [String]?
    /// Events processed over all replications and strategies.
    public var events: Int?
    /// Wall-clock seconds the run took.
    public var wallTimeSeconds: Double?
    /// Events processed per second of wall time, over all replications and strategies
    /// (they run in parallel on `jobs` cores).
    public var eventsPerSecond: Double?
    /// The rule that derives each replication's seed from `seed`.
    public var seedRule: String?
    /// The quotas in force, for charts and findings.
    public var quotas: QuotaMarks?
    /// How each strategy accepts its connections (strategy name → setting), which every time
    /// to connect depends on.
    public var acceptance: [String: String]?
    /// The bundled inter-Region round trips used (`latency.source`: `cloudping` or
    /// `cloudping-corrected`).
    public var latencySource: String?
    /// How each strategy's clients choose an AZ (strategy name → setting, e.g.
    /// `privatelink.dns: regional`), which latencies and cross-AZ costs depend on.
    public var clientRouting: [String: String]?
    /// The load balancers each strategy's cost and path include (strategy name → setting,
    /// e.g. `nlb × 1 (services[].load_balancer)`).
    public var loadBalancers: [String: String]?
    /// What each strategy's results rest on that is an assumption (strategy name → list,
    /// `Scenario.assumptionSettings`), which the report lists with the findings it bears on.
    public var assumptions: [String: [ResultAssumption]]?

    public init(version: String? = nil, scenario: String? = nil, name: String? = nil, scenarioHash: String? = nil,
                seed: UInt64? = nil, replications: Int? = nil, strategies: [String]? = nil, settings: [String]? = nil,
                events: Int? = nil, wallTimeSeconds: Double? = nil, quotas: QuotaMarks? = nil) {
        self.version = version
        self.scenario = scenario
        self.name = name
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.replications = replications
        self.strategies = strategies
        self.settings = settings
        self.events = events
        self.wallTimeSeconds = wallTimeSeconds
        self.quotas = quotas
    }

    enum CodingKeys: String, CodingKey {
        case kind, version, scenario, name
        case scenarioHash = "scenario_hash"
        case seed, replications, strategies, settings, events
        case wallTimeSeconds = "wall_time_s"
        case eventsPerSecond = "events_per_s"
        case seedRule = "seed_rule"
        case quotas, acceptance
        case latencySource = "latency_source"
        case clientRouting = "client_routing"
        case loadBalancers = "load_balancers"
        case assumptions
    }
}

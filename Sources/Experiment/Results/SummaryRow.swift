import Strategies

/// One line of `summary.csv` (DESIGN.md, "Outputs"): what one replication of one strategy
/// produced. `vpcsim run` writes these rows; a sweep writes them into `points.csv` after the
/// point's varied parameters, and aggregates them into `aggregate.csv`.
///
/// Counts are integers; a value that does not exist for a replication (no request was
/// made, so there is no latency; no VPC count was infeasible) is nil and renders as an
/// empty field. Rendering is locale-free and fixed, so equal rows give equal bytes.
public struct SummaryRow: Equatable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The design simulated.
    public var strategy: StrategyKind
    /// The replication's index, from 0.
    public var replication: Int
    /// The replication's seed (see `ReplicationSeeds`): every random stream of the
    /// replication derives from it.
    public var seed: UInt64
    /// VPCs at the end of the run.
    public var vpcs: Int
    /// Regions the VPCs are in.
    public var regions: Int
    /// Connections the design made: peerings, interface endpoints, or TGW attachments and
    /// TGW peerings.
    public var connections: Int
    /// Static route entries over all route tables (local and propagated routes excluded).
    public var routeEntriesTotal: Int
    /// Propagated route entries over all route tables (TGW attachments' CIDRs).
    public var routeEntriesPropagated: Int
    /// Route entries of the fullest route table: what the routes-per-table quota limits.
    public var routeEntriesMaxPerTable: Int
    /// Security-group rules over all security groups.
    public var sgRulesTotal: Int
    /// Elastic network interfaces the design added (endpoint and NLB interfaces, TGW
    /// attachment interfaces).
    public var enis: Int
    /// Control-plane API calls made.
    public var apiOperations: Int
    /// Operations refused because a quota was reached.
    public var quotaViolations: Int
    /// Pairs that had to communicate but could not (no path).
    public var unreachablePairs: Int
    /// The smallest VPC count at which the design could no longer connect every pair; nil
    /// when it never failed.
    public var firstInfeasibleVPCs: Int?
    /// Requests sent after the warm-up.
    public var requests: Int
    /// Requests that failed.
    public var errors: Int
    /// Median request latency in milliseconds; nil without requests.
    public var latencyP50Milliseconds: Double?
    /// 99th-percentile request latency in milliseconds; nil without requests.
    public var latencyP99Milliseconds: Double?
    /// 99.9th-percentile request latency in milliseconds; nil without requests.
    public var latencyP999Milliseconds: Double?
    /// Median time from "must connect" to "connected", in seconds; nil when nothing connected.
    public var timeToConnectP50Seconds: Double?
    /// The design's monthly cost in US dollars (hourly charges × 730 h, plus data processing
    /// at the simulated traffic).
    public var monthlyCostUSD: Double
    /// Events the engine processed for this replication.
    public var events: Int
    /// The highest offered utilisation of an instance over the services (`ServiceLoad`),
    /// computed from the scenario; nil without services.
    public var utilisation: Double? = nil
    /// Services overloaded: offered utilisation of at least 1, or a queue seen growing.
    public var overloaded: Int = 0
    /// The value of each of the scenario's objectives in this replication (`Objective`,
    /// in the scenario's order); nil where there is none (no successful request). Not a
    /// `summary.csv` column: `vpcsim plan` and sweeps judge them.
    public var objectiveValues: [Double?] = []

    public init(scenario: String, strategy: StrategyKind, replication: Int, seed: UInt64,
                vpcs: Int = 0, regions: Int = 0, connections: Int = 0, routeEntriesTotal: Int = 0, routeEntriesPropagated: Int = 0,
                routeEntriesMaxPerTable: Int = 0, sgRulesTotal: Int = 0, enis: Int = 0, apiOperations: Int = 0,
                quotaViolations: Int = 0, unreachablePairs: Int = 0, firstInfeasibleVPCs: Int? = nil,
                requests: Int = 0, errors: Int = 0, latencyP50Milliseconds: Double? = nil,
                latencyP99Milliseconds: Double? = nil, latencyP999Milliseconds: Double? = nil,
                timeToConnectP50Seconds: Double? = nil, monthlyCostUSD: Double = 0, events: Int = 0) {
        self.scenario = scenario
        self.strategy = strategy
        self.replication = replication
        self.seed = seed
        self.vpcs = vpcs
        self.regions = regions
        self.connections = connections
        self.routeEntriesTotal = routeEntriesTotal
        self.routeEntriesPropagated = routeEntriesPropagated
        self.routeEntriesMaxPerTable = routeEntriesMaxPerTable
        self.sgRulesTotal = sgRulesTotal
        self.enis = enis
        self.apiOperations = apiOperations
        self.quotaViolations = quotaViolations
        self.unreachablePairs = unreachablePairs
        self.firstInfeasibleVPCs = firstInfeasibleVPCs
        self.requests = requests
        self.errors = errors
        self.latencyP50Milliseconds = latencyP50Milliseconds
        self.latencyP99Milliseconds = latencyP99Milliseconds
        self.latencyP999Milliseconds = latencyP999Milliseconds
        self.timeToConnectP50Seconds = timeToConnectP50Seconds
        self.monthlyCostUSD = monthlyCostUSD
        self.events = events
    }
}

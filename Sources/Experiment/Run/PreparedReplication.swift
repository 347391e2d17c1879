import CloudModel
import Scenario

/// What every strategy of one replication shares: the scenario with the replication's seed,
/// its topology (fleets expanded, CIDRs allocated, growth arrival times drawn) and the
/// latency model resolved for its regions. Built once per replication and handed to each
/// strategy's run, however many tasks those runs are spread over (`RunExecutor`).
public struct PreparedReplication: Sendable {
    /// The scenario, its `seed` set to the replication's.
    public let scenario: Scenario
    public let replication: Int
    public let seed: UInt64
    public let topology: Topology
    public let latency: LatencyModel
}

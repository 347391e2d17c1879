import CloudModel
import Scenario
import Synchronization

/// What every replication of one decoded scenario shares whatever its seed: the latency
/// model (its fits depend only on the Regions and the latency settings) and, when the
/// topology draws nothing at random (`Scenario.topologyDependsOnSeed` is false: no fleet
/// grows or reuses blocks), the topology. Built once, by the first replication that needs
/// it, for the replications of a run, of a plan's probe or of a sweep's point, however many
/// tasks they are spread over.
///
/// The mutex guards only the stored value: two replications that start together may both
/// build it (the same value; the first one stored is kept), and neither waits for the other.
public final class ReplicationShare: Sendable {
    /// The shared parts.
    struct Parts: Sendable {
        /// Nil when each replication draws its own.
        var topology: Topology?
        var latency: LatencyModel
    }

    private let built = Mutex<Parts?>(nil)

    public init() {}

    /// The parts, built by `build` if no call has built them yet.
    func parts(_ build: () throws(ScenarioError) -> Parts) throws(ScenarioError) -> Parts {
        if let known = built.withLock({ $0 }) { return known }
        let parts = try build()
        return built.withLock { stored in
            if let first = stored { return first }
            stored = parts
            return parts
        }
    }
}

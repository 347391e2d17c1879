import CloudModel
import Foundation
import Scenario

/// What every replication of one decoded scenario shares whatever its seed: the latency
/// model (its fits depend only on the Regions and the latency settings) and, when the
/// topology draws nothing at random (`Scenario.topologyDependsOnSeed` is false: no fleet
/// grows or reuses blocks), the topology. Built once, by the first replication that needs
/// it, for the replications of a run, of a plan's probe or of a sweep's point, however many
/// tasks they are spread over.
///
/// The lock guards only the stored value: two replications that start together may both
/// build it (the same value; the first one stored is kept), and neither waits for the other.
public final class ReplicationShare: @unchecked Sendable {
    /// The shared parts.
    struct Parts: Sendable {
        /// Nil when each replication draws its own.
        var topology: Topology?
        var latency: LatencyModel
    }

    private let lock = NSLock()
    private var built: Parts?

    public init() {}

    /// The parts, built by `build` if no call has built them yet.
    func parts(_ build: () throws(ScenarioError) -> Parts) throws(ScenarioError) -> Parts {
        lock.lock()
        let known = built
        lock.unlock()
        if let known { return known }
        let parts = try build()
        lock.lock()
        defer { lock.unlock() }
        if let first = built { return first }
        built = parts
        return parts
    }
}

import SimKernel

/// Where each replication's seed comes from: a base seed and a context text.
///
/// The rule is part of the output's promise (same inputs ⇒ same CSVs) and must not change:
///
///     seed(r) = splitmix64(splitmix64(base ^ fnv1a64(context)) ^ r)
///
/// with `StreamSeed.fnv1a64` and `StreamSeed.splitmix64`. A plain run uses the scenario's
/// seed and an empty context. A sweep point uses the point's seed (the sweep's, or the
/// scenario's) and the point's key: its settings as `path=value` lines in file order. The key
/// names the point by what it is, not by its index, so adding a value to the grid leaves
/// every other point's seeds, and so its numbers, unchanged. The replication seed is the
/// run seed of all the replication's random streams; every strategy of one replication uses
/// it, which gives common random numbers across strategies.
public struct ReplicationSeeds: Equatable, Sendable {
    /// The seed the replications' seeds derive from.
    public let base: UInt64
    /// The point's key; empty for a plain run.
    public let context: String

    public init(base: UInt64, context: String) {
        self.base = base
        self.context = context
    }

    /// The seeds of a plain `vpcsim run` of a scenario with seed `seed`.
    public static func run(seed: UInt64) -> ReplicationSeeds {
        ReplicationSeeds(base: seed, context: "")
    }

    /// The seed of replication `replication` (from 0).
    public func seed(replication: Int) -> UInt64 {
        let mixed = StreamSeed.splitmix64(base ^ StreamSeed.fnv1a64(context))
        return StreamSeed.splitmix64(mixed ^ UInt64(replication))
    }

    /// A short statement of the rule, recorded in manifests.
    public static let rule = "seed(r) = splitmix64(splitmix64(base ^ fnv1a64(point key)) ^ r); "
        + "point key = the point's settings as path=value lines in file order (empty for a run)"
}

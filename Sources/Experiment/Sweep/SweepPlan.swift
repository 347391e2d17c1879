import Foundation
import Scenario
import SimKernel

/// A loaded sweep and the share of its grid this process runs: the points, their keys and
/// seeds, and the manifest that identifies the work.
public struct SweepPlan: Sendable {
    /// The sweep, with its base scenario and grid validated.
    public let sweep: Sweep
    /// The shard run; nil for the whole grid.
    public let shard: ShardSpec?
    /// What the folder's manifest must say.
    public let manifest: SweepManifest
    /// The files' layout: parameter columns, point values, the points of this share.
    public let layout: SweepLayout

    /// The point indexes this plan runs, ascending.
    public var points: [Int] { layout.points }
    /// The column names of the varied parameters in `points.csv` and `aggregate.csv`.
    public var parameterColumns: [String] { layout.parameterColumns }

    /// Loads the sweep at `path` (every error is a located `ScenarioError`) and plans
    /// `shard` of it (nil, or 1/1, for the whole grid). `version` is recorded in the manifest.
    public static func load(path: String, shard: ShardSpec?, version: String) throws(ScenarioError) -> SweepPlan {
        let sweep = try SweepLoader.load(path: path)
        let hash = try ContentHash.of(files: [path, sweep.scenarioPath])
        return try SweepPlan(sweep: sweep, shard: shard, version: version, contentHash: hash)
    }

    /// Plans `shard` of `sweep`; `contentHash` identifies the files it was read from.
    public init(sweep: Sweep, shard: ShardSpec?, version: String, contentHash: String) throws(ScenarioError) {
        let shard = shard?.count == 1 ? nil : shard
        self.sweep = sweep
        self.shard = shard
        let manifest = SweepManifest(
            version: version, sweep: sweep.path, scenario: sweep.scenarioPath, name: sweep.base.name,
            contentHash: contentHash, seed: sweep.seed ?? sweep.base.seed, seedRule: ReplicationSeeds.rule,
            replications: sweep.replications ?? sweep.base.replications,
            strategies: sweep.base.strategies.map(\.rawValue),
            parameters: sweep.parameters.map { SweepManifest.Parameter(path: $0.path, values: $0.values.map(\.valueText)) },
            points: sweep.pointCount, shard: shard, quotas: QuotaMarks(sweep.base.quotas),
            acceptance: sweep.base.acceptanceSettings,
            latencySource: sweep.base.latency.source.rawValue,
            objectives: sweep.base.objectives.isEmpty ? nil : sweep.base.objectives.map(ObjectiveMark.init),
            clientRouting: sweep.base.clientRoutingSettings, loadBalancers: sweep.base.loadBalancerSettings,
            assumptions: sweep.base.assumptionSettings)
        self.manifest = manifest
        self.layout = SweepLayout(manifest: manifest)
        if sweep.pointCount > Sweep.fullyValidatedPoints {
            // The loader checked each value alone on grids this large; check every point of
            // this share before anything is written, so a bad combination stops the sweep early.
            for point in layout.points { _ = try sweep.scenario(atPoint: point) }
        }
    }

    /// The key that names point `point` in its seeds: its settings as `path=value` lines.
    public func key(ofPoint point: Int) -> String {
        sweep.settings(atPoint: point).map { "\($0.path)=\($0.valueText)" }.joined(separator: "\n")
    }

    /// The values of point `point`'s parameters, as written, in parameter order.
    public func values(ofPoint point: Int) -> [String] {
        sweep.settings(atPoint: point).map(\.valueText)
    }

    /// The scenario of point `point`, with the point's settings applied.
    public func scenario(atPoint point: Int) throws(ScenarioError) -> Scenario {
        try sweep.scenario(atPoint: point)
    }

    /// The seeds of point `point`'s replications, from the point's scenario seed and its key.
    public func seeds(ofPoint point: Int, scenario: Scenario) -> ReplicationSeeds {
        ReplicationSeeds(base: scenario.seed, context: key(ofPoint: point))
    }
}

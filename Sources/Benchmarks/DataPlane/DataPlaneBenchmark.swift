import CloudModel
import Experiment
import Scenario
import SimKernel
import Strategies

/// The data plane's performance benchmark: a scenario run exactly as `vpcsim run` runs it
/// (`SimulationRunner`: the topology built from the scenario, the control plane provisioned,
/// the replication's handler on the default queue, the statistics and result rows made),
/// one strategy at a time, on one core. Only the run loop is timed: events per second of
/// wall time and of the thread's CPU time, so the figure is the one `vpcsim run` users get.
///
/// The default scenario, `referenceScenarioText`, is the data-plane reference workload:
/// Regions us-east-1, eu-west-2, ap-southeast-1 and us-west-2 with 3 AZs each; per Region,
/// 5 provider VPCs running one service each (2 instances per AZ in 3 AZs, concurrency 32,
/// service time lognormal(median=4ms, p99=30ms)) and 45 consumer VPCs (2 AZs) in 5 fleets
/// of 9; fleet f calls its Region's service f and the next Region's service f, 2 KiB out and
/// 16 KiB back: 200 VPCs, 20 services, 360 demands, 2,000 requests per second in all, 10
/// simulated minutes with 1 minute of warm-up.
public enum DataPlaneBenchmark {
    /// One measured run.
    public struct Measurement: Sendable {
        /// The strategy measured.
        public var strategy: StrategyKind
        /// The run loop's events and times.
        public var runLoop: RunLoopTiming
        /// Wall time of the whole replication (topology, control plane, data plane, rows).
        public var replicationSeconds: Double
        /// The summary row (requests, p50, p99: a check that the work was real).
        public var summary: SummaryRow

        public var events: UInt64 { runLoop.events }
        public var seconds: Double { runLoop.wallSeconds }
        public var cpuSeconds: Double { runLoop.cpuSeconds }
        public var eventsPerSecond: Double { runLoop.eventsPerSecond }
        public var eventsPerCPUSecond: Double { runLoop.eventsPerCPUSecond }
    }

    static let regionNames = ["us-east-1", "eu-west-2", "ap-southeast-1", "us-west-2"]
    static let short = ["use1", "euw2", "apse1", "usw2"]

    /// The reference workload as a scenario file (see the type's documentation).
    public static let referenceScenarioText: String = {
        var lines = ["name: dataplane-reference", "seed: 1", "replications: 1",
                     "strategies: [peering-mesh, privatelink-hub, transit-gateway]",
                     "duration: 10m", "warmup: 1m", "regions:"]
        lines += regionNames.map { "  \($0): {azs: 3}" }
        lines.append("vpcs:")
        for (r, region) in regionNames.enumerated() {
            for k in 0..<5 {
                lines.append("  - {name: prov-\(short[r])-\(k), region: \(region), cidrs: [10.\(r).\(k).0/24]}")
            }
        }
        lines.append("fleets:")
        for (r, region) in regionNames.enumerated() {
            for f in 0..<5 {
                lines.append("  - {name: apps-\(short[r])-\(f), region: \(region), count: 9, "
                    + "cidr_pool: 10.\(64 + 16 * r + f).0.0/16, prefix: 24, azs: 2}")
            }
        }
        lines.append("services:")
        for r in regionNames.indices {
            for k in 0..<5 {
                lines.append("  - {name: svc-\(short[r])-\(k), vpc: prov-\(short[r])-\(k), port: 8080, instances_per_az: 2, "
                    + "concurrency: 32, service_time: \"lognormal(median=4ms, p99=30ms)\"}")
            }
        }
        lines.append("traffic:")
        let perVPC = 2_000.0 / 360.0
        for r in regionNames.indices {
            let next = (r + 1) % regionNames.count
            for f in 0..<5 {
                for target in ["svc-\(short[r])-\(f)", "svc-\(short[next])-\(f)"] {
                    lines.append("  - {from: apps-\(short[r])-\(f), to: \(target), rate: \(perVPC)/s, "
                        + "request_size: 2KiB, response_size: 16KiB}")
                }
            }
        }
        lines += ["peering: {mesh: needed, acceptance: auto}",
                  "privatelink: {acceptance: auto, cross_zone: false, cross_region: true}",
                  "transit_gateway: {acceptance: auto}"]
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The reference workload, decoded and validated.
    public static func referenceScenario() throws(ScenarioError) -> Scenario {
        try ScenarioLoader.load(text: referenceScenarioText, displayName: "dataplane-reference.yaml")
    }

    /// Runs replication 0 of `scenario` under `strategy` alone, as `vpcsim run` does.
    public static func measure(_ scenario: Scenario, strategy: StrategyKind, sourcePath: String) throws -> Measurement {
        var one = scenario
        one.strategies = [strategy]
        let runner = SimulationRunner(sourcePath: sourcePath)
        let seed = ReplicationSeeds.run(seed: one.seed).seed(replication: 0)
        let result = try runner.runReplication(one, replication: 0, seed: seed)[0]
        return Measurement(strategy: strategy, runLoop: result.runLoop, replicationSeconds: result.wallSeconds,
                           summary: result.summary)
    }
}

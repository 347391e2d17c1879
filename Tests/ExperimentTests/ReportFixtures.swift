import Foundation
@testable import Experiment
import Scenario
import SimKernel
import Strategies

/// A runner with designed, closed-form results, so the findings a report must state are known
/// in advance. With n VPCs:
/// - peering-mesh costs n(n−1)/2 dollars a month and violates a quota for each VPC beyond
///   126 (first infeasible at 127);
/// - transit-gateway costs 36.5·n + 100 dollars, so it becomes the cheaper of the two
///   where n(n−1)/2 > 36.5·n + 100, i.e. from n = 77 on;
/// - privatelink-hub costs 1,000·n, the dearest at every n;
/// - latency p50: peering 70 ms + a seeded draw; PrivateLink exactly 0.4 ms more; TGW the
///   same as peering ± 0.01 ms alternating, so their difference has mean 0.
/// Each cost also gets a seeded draw in [0, 0.5) dollars, so intervals are not points.
struct DesignedRunner: ScenarioRunner {
    func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        var rows: [SummaryRow] = []
        let n = scenario.vpcs.count + scenario.fleets.reduce(0) { $0 + $1.count }
        for replication in replications {
            let seed = seeds.seed(replication: replication)
            let stream = RandomStream(runSeed: seed, purpose: "designed")
            let latency = 70 + stream.uniform()
            let noise = stream.uniform() * 0.5
            for strategy in scenario.strategies {
                var row = SummaryRow(scenario: scenario.name, strategy: strategy, replication: replication, seed: seed,
                                     vpcs: n, regions: 2, requests: 1000)
                switch strategy {
                case .peeringMesh:
                    row.monthlyCostUSD = Double(n * (n - 1) / 2) + noise
                    row.quotaViolations = max(0, n - 126)
                    row.firstInfeasibleVPCs = n > 126 ? 127 : nil
                    row.latencyP50Milliseconds = latency
                case .transitGateway:
                    row.monthlyCostUSD = 36.5 * Double(n) + 100 + noise
                    row.latencyP50Milliseconds = latency + (replication % 2 == 0 ? 0.01 : -0.01) * (replication == 4 ? 0 : 1)
                case .privateLinkHub:
                    row.monthlyCostUSD = 1_000 * Double(n) + noise
                    row.latencyP50Milliseconds = latency + 0.4
                default:
                    row.monthlyCostUSD = 500 * Double(n) + noise
                    row.latencyP50Milliseconds = latency + 0.2
                }
                row.latencyP99Milliseconds = row.latencyP50Milliseconds.map { $0 * 1.1 }
                rows.append(row)
            }
        }
        return rows
    }
}

/// A run folder written by hand: 5 replications of three strategies with 40 VPCs, one region
/// pair, designed as `DesignedRunner`'s latencies; peering breaks a quota (3 violations each
/// replication, first infeasible at 127); costs 100 (peering), 150 (TGW), 200 (PrivateLink)
/// dollars plus 0.1·replication.
enum RunFixture {
    static func write(to folder: String, strategies: [StrategyKind] = [.peeringMesh, .privateLinkHub, .transitGateway],
                      loadBalancers: [String: String]? = nil) throws {
        var summary: [SummaryRow] = [], latency: [LatencyRow] = [], series: [TimeseriesRow] = []
        for strategy in strategies {
            for r in 0..<5 {
                let base = 78.0 + Double(r) * 0.3
                let p50: Double
                let cost: Double
                switch strategy {
                case .peeringMesh: p50 = base; cost = 100
                case .privateLinkHub: p50 = base + 0.4; cost = 200
                case .transitGateway: p50 = base + (r % 2 == 0 ? 0.01 : -0.01) * (r == 4 ? 0 : 1); cost = 150
                default: p50 = base + 0.2; cost = 120
                }
                summary.append(SummaryRow(scenario: "fixture", strategy: strategy, replication: r, seed: UInt64(r + 1),
                                          vpcs: 40, regions: 2, connections: 780, quotaViolations: strategy == .peeringMesh ? 3 : 0,
                                          firstInfeasibleVPCs: strategy == .peeringMesh ? 127 : nil, requests: 1000,
                                          latencyP50Milliseconds: p50, latencyP99Milliseconds: p50 * 1.2,
                                          monthlyCostUSD: cost + 0.1 * Double(r)))
                latency.append(LatencyRow(scenario: "fixture", strategy: strategy, replication: r, fromRegion: "eu-west-2",
                                          toRegion: "us-east-1", service: "api", requests: 1000, errors: 0,
                                          meanMilliseconds: p50 + 1, p50Milliseconds: p50, p90Milliseconds: p50 * 1.1,
                                          p99Milliseconds: p50 * 1.2, p999Milliseconds: p50 * 1.3, maxMilliseconds: p50 * 2))
                for step in 0...10 {
                    series.append(TimeseriesRow(scenario: "fixture", strategy: strategy, replication: r,
                                                timeSeconds: Double(step) * 86_400 * 3, vpcs: 10 + 3 * step,
                                                connections: (10 + 3 * step) * (strategy == .peeringMesh ? (9 + 3 * step) / 2 : 1),
                                                routeEntriesTotal: 20 * step, routeEntriesMaxPerTable: 2 * step,
                                                apiOperations: 5 * step, quotaViolations: 0, monthlyCostUSD: cost * Double(step)))
                }
            }
        }
        try AtomicFile.write(SummaryRow.csvTable(summary).rendered(), to: folder + "/summary.csv")
        try AtomicFile.write(CSVTable(header: LatencyRow.csvHeader, rows: latency.map(\.csvFields)).rendered(), to: folder + "/latency.csv")
        try AtomicFile.write(CSVTable(header: TimeseriesRow.csvHeader, rows: series.map(\.csvFields)).rendered(),
                             to: folder + "/timeseries.csv")
        var manifest = RunManifest(version: "test", scenario: "fixture.yaml", name: "fixture", seed: 7, replications: 5,
                                   strategies: strategies.map(\.rawValue), events: 12345,
                                   quotas: QuotaMarks.catalogMaximum)
        manifest.loadBalancers = loadBalancers
        try AtomicFile.write(try ManifestJSON.render(manifest), to: folder + "/manifest.json")
    }
}

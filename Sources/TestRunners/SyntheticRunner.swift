import CloudModel
import Experiment
import Foundation
import Scenario
import SimKernel
import Strategies

/// A stand-in runner whose rows are closed-form functions of the scenario plus a few
/// seeded draws: it exercises the sweep machinery (grids, seeds, parallelism, shards,
/// resume, merge, reports) without the simulator. Its numbers are NOT a simulation of AWS
/// and must never be reported as one; the CLI offers it only behind a hidden option.
///
/// With `n` VPCs, `R` regions and `S` services:
/// - peering-mesh: `n(n−1)/2` connections, `n−1` routes in the fullest table, and one
///   refused peering per pair beyond the peerings-per-VPC quota `q` (first infeasible at q+2);
/// - privatelink-hub: `n·S` endpoints, no routes;
/// - transit-gateway: `n` attachments plus `R(R−1)/2` TGW peerings, `n` routes in the TGW table.
/// Latency is a seeded draw around 70 ms across regions (1 ms within one), plus a fixed
/// per-design offset; all strategies of one replication share the draws.
public struct SyntheticRunner: ScenarioRunner {
    /// Wall-clock time each replication sleeps, so tests can interrupt a sweep mid-way.
    public var delayPerReplication: Duration

    public init(delayPerReplication: Duration = .zero) {
        self.delayPerReplication = delayPerReplication
    }

    /// The closed-form rows described above.
    public func run(_ scenario: Scenario, replications: [Int], seeds: ReplicationSeeds) throws -> [SummaryRow] {
        var rows: [SummaryRow] = []
        for replication in replications {
            if delayPerReplication > .zero {
                Thread.sleep(forTimeInterval: delayPerReplication.inSeconds)
            }
            let seed = seeds.seed(replication: replication)
            for strategy in scenario.strategies {
                rows.append(row(scenario, strategy: strategy, replication: replication, seed: seed))
            }
        }
        return rows
    }

    func row(_ scenario: Scenario, strategy: StrategyKind, replication: Int, seed: UInt64) -> SummaryRow {
        let n = scenario.vpcs.count + scenario.fleets.reduce(0) { $0 + $1.count }
        let regions = scenario.regions.count
        let services = max(1, scenario.services.count)
        let azs = 2
        let requestsPerSecond = scenario.traffic.reduce(0.0) { sum, traffic in
            let senders: Int
            switch traffic.from {
            case .vpc: senders = 1
            case .fleet(let name): senders = scenario.fleet(named: name)?.count ?? 1
            }
            return sum + traffic.rate.perSecond * Double(senders)
        }
        let measuredSeconds = Double(scenario.duration.nanoseconds - scenario.warmup.nanoseconds) / 1e9
        let requests = Int((requestsPerSecond * measuredSeconds).rounded())
        let gigabytesPerMonth = requestsPerSecond * 2 * 2_048 * 730 * 3_600 / 1e9
        let hoursPerMonth = 730.0

        // The same draws for every strategy of the replication (common random numbers).
        let stream = RandomStream(runSeed: seed, purpose: "synthetic-latency")
        let baseLatency = (regions > 1 ? 70.0 : 1.0) + stream.uniform() * 2
        let tail = 1.08 + stream.uniform() * 0.04
        let connectDraw = stream.exponential(mean: 1)

        var row = SummaryRow(scenario: scenario.name, strategy: strategy, replication: replication, seed: seed,
                             vpcs: n, regions: regions, requests: requests)
        let offset: Double
        switch strategy {
        case .peeringMesh:
            let quota = Int(scenario.quotas[.peeringsPerVPC].value ?? Int64(Int.max / 4))
            row.connections = n * (n - 1) / 2
            row.routeEntriesMaxPerTable = n - 1
            row.routeEntriesTotal = n * (n - 1)
            row.sgRulesTotal = n * (n - 1)
            if n - 1 > quota {
                row.quotaViolations = n * (n - 1 - quota) / 2
                row.unreachablePairs = row.quotaViolations
                row.firstInfeasibleVPCs = quota + 2
            }
            row.apiOperations = 3 * row.connections
            row.timeToConnectP50Seconds = 7_200 * connectDraw
            row.monthlyCostUSD = gigabytesPerMonth * 0.02
            offset = 0
        case .privateLinkHub:
            row.connections = n * services
            row.enis = n * services * azs + services * azs
            row.sgRulesTotal = n * services
            row.apiOperations = 2 * row.connections
            row.timeToConnectP50Seconds = 60 * connectDraw
            row.monthlyCostUSD = Double(row.connections * azs) * 0.01 * hoursPerMonth
                + Double(services) * 0.0225 * hoursPerMonth + gigabytesPerMonth * 0.03
            offset = 0.4
        case .transitGateway:
            row.connections = n + regions * (regions - 1) / 2
            row.routeEntriesMaxPerTable = n
            row.routeEntriesTotal = 2 * n
            row.enis = n * azs
            row.sgRulesTotal = n
            row.apiOperations = 2 * row.connections
            row.timeToConnectP50Seconds = 300 * connectDraw
            row.monthlyCostUSD = Double(row.connections) * 0.05 * hoursPerMonth + gigabytesPerMonth * 0.04
            offset = 0.6
        default:
            // Any later design: one link per VPC, priced like its data alone.
            row.connections = n
            row.apiOperations = n
            row.timeToConnectP50Seconds = 120 * connectDraw
            row.monthlyCostUSD = gigabytesPerMonth * 0.02
            offset = 0.2
        }
        if requests > 0 {
            let p50 = baseLatency + offset
            row.latencyP50Milliseconds = p50
            row.latencyP99Milliseconds = p50 * tail
            row.latencyP999Milliseconds = p50 * tail * 1.05
        }
        if row.unreachablePairs > 0, n > 1 {
            row.errors = requests * row.unreachablePairs / (n * (n - 1) / 2)
        }
        row.events = 4 * requests + row.apiOperations
        return row
    }
}

import Foundation
import Scenario
import SimKernel
import Strategies
import Testing
@testable import Experiment

/// `vpcsim run`'s engine end to end: scenarios in, rows out, checked against measured
/// figures and queueing theory rather than against earlier output.
@Suite struct SimulationRunnerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scenario(_ text: String, name: String = "test") throws -> Scenario {
        try ScenarioLoader.load(text: text, displayName: "\(name).yaml", directory: nil, defaultName: name)
    }

    /// The seed's scenario: a client in eu-west-2 calls a service in us-east-1. CloudPing's
    /// one-year median round trip eu-west-2 → us-east-1 is 77.51 ms (aws_region_rtt.csv);
    /// the service's median is 4 ms and it is lightly loaded, so every design's median
    /// request should be close to 81.5 ms (the designs add well under a millisecond).
    @Test func seedScenarioMedianIsTheMeasuredRoundTripPlusServiceTime() throws {
        let path = Self.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.duration = SimTime.seconds(120)
        scenario.warmup = SimTime.seconds(10)
        let results = try SimulationRunner(sourcePath: path).runReplication(scenario, replication: 0, seed: 7)
        #expect(results.map(\.summary.strategy) == scenario.strategies)
        for result in results {
            let row = try #require(result.latency.first { $0.fromRegion == "eu-west-2" && $0.toRegion == "us-east-1" })
            let p50 = try #require(row.p50Milliseconds)
            #expect(abs(p50 - (77.51 + 4)) / 81.51 < 0.03, "\(result.summary.strategy): median \(p50) ms")
            #expect(row.errors == 0)
        }
    }

    /// The quota `connections_per_nlb_target` sets the NLB's per-target limits of the run,
    /// and `requests_per_connection` decides how many requests open connections. One target,
    /// 20 requests/s, a limit of 300 new connections a minute (5/s):
    /// - one request per connection: 20 new connections/s, 3 of every 4 fail once the first
    ///   minute has filled the window (warm-up 1 min): about 75 % of the measured requests;
    /// - 10 per connection: 2 new connections/s, none fails;
    /// - the quota left at AWS's 55,000: none fails either way.
    @Test func connectionQuotaAndReuseReachTheDataPlane() throws {
        func text(quota: Int, reuse: Int) -> String {
            """
            name: limit
            strategies: [privatelink-hub]
            replications: 1
            duration: 6m
            warmup: 1m
            regions: {us-east-1: {azs: 1}}
            vpcs:
              - {name: client, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: server, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: server, port: 443, concurrency: 1000, service_time: 1ms}
            traffic:
              - {from: client, to: api, rate: 20/s, requests_per_connection: \(reuse)}
            privatelink: {acceptance: auto}
            quotas: {connections_per_nlb_target: \(quota)}
            """
        }
        func failedShare(quota: Int, reuse: Int) throws -> Double {
            let result = try #require(try SimulationRunner(sourcePath: "limit.yaml").runReplication(try Self.scenario(text(quota: quota, reuse: reuse)),
                                                                          replication: 0, seed: 3).first)
            return Double(result.summary.errors) / Double(result.summary.requests)
        }
        #expect(abs(try failedShare(quota: 300, reuse: 1) - 0.75) < 0.02)
        #expect(try failedShare(quota: 300, reuse: 10) == 0)
        #expect(try failedShare(quota: 55_000, reuse: 1) == 0)
    }

    /// One instance with 4 slots, exponential service (mean 10 ms) and Poisson arrivals at
    /// 320/s: an M/M/4 queue at utilisation 0.8, inside a whole scenario (control plane,
    /// paths, network delays). Erlang C gives the mean wait: C(4, 3.2) / (4·100 − 320) s
    /// = 7.455 ms. The wait is measured as the difference between the mean round trip of
    /// this run and of the same run with unlimited slots (same arrivals and service times:
    /// common random numbers), per replication.
    @Test func erlangCMeanWaitInsideAFullScenarioRun() throws {
        func text(concurrency: Int) -> String {
            """
            name: erlang
            strategies: [peering-mesh, privatelink-hub, transit-gateway]
            duration: 10m
            warmup: 30s
            regions: {us-east-1: {azs: 1}}
            vpcs:
              - {name: client, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: server, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: server, port: 443, instances_per_az: 1, concurrency: \(concurrency),
                 service_time: "exponential(mean=10ms)"}
            traffic:
              - {from: client, to: api, rate: 320/s}
            latency: {same_az: 0.1ms, privatelink_hop: 0.1ms, tgw_hop: 0.05ms}
            """
        }
        let loaded = try Self.scenario(text(concurrency: 4), name: "erlang")
        let unloaded = try Self.scenario(text(concurrency: 10_000), name: "erlang")
        let runner = SimulationRunner(sourcePath: "erlang.yaml")
        let theory = QueueingTheory.mmcMeanWait(servers: 4, arrivalRate: 320, meanService: 0.010) * 1000
        #expect(abs(theory - 7.455) < 0.01)
        var waits: [StrategyKind: [Double]] = [:]
        for r in 0..<8 {
            let a = try runner.runReplication(loaded, replication: r, seed: 100 + UInt64(r))
            let b = try runner.runReplication(unloaded, replication: r, seed: 100 + UInt64(r))
            for (x, y) in zip(a, b) {
                let mx = try #require(x.latency.first?.meanMilliseconds)
                let my = try #require(y.latency.first?.meanMilliseconds)
                waits[x.summary.strategy, default: []].append(mx - my)
            }
        }
        for (strategy, values) in waits {
            let ci = try #require(ConfidenceInterval(values, level: 0.99))
            #expect(ci.lower <= theory && theory <= ci.upper, "\(strategy): Wq \(ci.mean) ± \(ci.halfWidth) ms vs \(theory)")
            #expect(ci.halfWidth < 0.08 * theory, "\(strategy): interval too wide to test")
        }
    }

    /// Every request generated after the warm-up is in the latency rows exactly once, and
    /// the summary's count is their sum.
    @Test func summaryCountsAreTheSumOfTheLatencyRows() throws {
        let path = Self.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.duration = SimTime.seconds(30)
        scenario.warmup = SimTime.seconds(3)
        for result in try SimulationRunner(sourcePath: path).runReplication(scenario, replication: 1, seed: 3) {
            let rows = result.latency + result.faultLatency
            #expect(rows.reduce(0) { $0 + $1.requests } == result.summary.requests)
            #expect(rows.reduce(0) { $0 + $1.errors } == result.summary.errors)
            #expect(result.summary.requests > 0)
        }
    }

    /// Growth: VPCs that join later are not connected yet when their first requests go out;
    /// those requests fail as unreachable and are counted by reason.
    @Test func growthRequestsBeforeConnectionFailAsUnreachable() throws {
        let scenario = try Self.scenario("""
            name: growing
            strategies: [peering-mesh]
            duration: 2m
            warmup: 1s
            regions: {us-east-1: {azs: 2}}
            vpcs:
              - {name: hub, region: us-east-1, cidrs: [10.0.0.0/16]}
            fleets:
              - {name: app, region: us-east-1, count: 6, cidr_pool: 10.64.0.0/12, prefix: 20}
            services:
              - {name: api, vpc: hub, port: 443, service_time: 1ms}
            traffic:
              - {from: app, to: api, rate: 50/s}
            growth: {fleet: app, initial: 1, interarrival: 20s}
            peering: {mesh: needed, acceptance: "constant(value=30s)"}
            """)
        let result = try #require(try SimulationRunner(sourcePath: "growing.yaml")
            .runReplication(scenario, replication: 0, seed: 1).first)
        let unreachable = result.failures.filter { $0.plane == "data" && $0.reason.hasPrefix("unreachable") }
        #expect(unreachable.reduce(0) { $0 + $1.count } > 0)
        #expect(result.summary.errors > 0 && result.summary.errors < result.summary.requests)
    }

    /// The same scenario and seed give byte-identical CSV files, whatever the number of jobs.
    @Test func sameSeedByteIdenticalFilesForAnyJobs() async throws {
        let path = Self.repository.appendingPathComponent("scenarios/two-region.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.duration = SimTime.seconds(20)
        scenario.warmup = SimTime.seconds(2)
        scenario.replications = 3
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("vpcsim-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        var folders: [URL] = []
        for jobs in [1, 2, 1] {
            let results = try await RunExecutor(scenario: scenario, runner: SimulationRunner(sourcePath: path), jobs: jobs).run()
            let folder = base.appendingPathComponent("jobs\(jobs)-\(folders.count)")
            try RunOutput(folder: folder.path).write(results, manifest: RunManifest(), hasFaults: false)
            folders.append(folder)
        }
        for name in ["summary.csv", "timeseries.csv", "latency.csv", "failures.csv"] {
            let contents = try folders.map { try Data(contentsOf: $0.appendingPathComponent(name)) }
            #expect(contents[0] == contents[1] && contents[1] == contents[2], "\(name) differs between runs")
            if name != "failures.csv" { #expect(contents[0].count > 100, "\(name) is nearly empty") }
        }
    }

    /// A service's `timeout` reaches the simulation: an overloaded service (one slot,
    /// 10 ms per request, 150 requests/s: utilisation 1.5) turns waits over 100 ms into
    /// timeout errors, and no successful request waited longer than that.
    @Test func serviceTimeoutTurnsLongWaitsIntoErrors() throws {
        let scenario = try Self.scenario("""
            name: overload
            strategies: [peering-mesh]
            duration: 1m
            warmup: 5s
            regions: {us-east-1: {azs: 1}}
            vpcs:
              - {name: client, region: us-east-1, cidrs: [10.1.0.0/16]}
              - {name: server, region: us-east-1, cidrs: [10.2.0.0/16]}
            services:
              - {name: api, vpc: server, port: 443, concurrency: 1, service_time: 10ms, timeout: 100ms}
            traffic:
              - {from: client, to: api, rate: 150/s}
            latency: {same_az: 0.1ms}
            """)
        let result = try #require(try SimulationRunner(sourcePath: "overload.yaml")
            .runReplication(scenario, replication: 0, seed: 5).first)
        let timeouts = result.failures.first { $0.plane == "data" && $0.reason == "timeout" }?.count ?? 0
        // At most 100 requests per second can be served; about a third of 150/s must fail.
        #expect(Double(timeouts) > 0.25 * Double(result.summary.requests))
        let slowest = try #require(result.latency.first?.maxMilliseconds)
        // Timeout + service + round trip + the default NLB's hop (`nlb_hop`, at most 0.15 ms
        // each way) + slack.
        #expect(slowest <= 100 + 10 + 0.1 + 2 * 0.15 + 0.01, "a success waited past the timeout: \(slowest) ms")
    }

    /// Requests an AZ outage fails, even at its very first instant, are reported in the
    /// fault window; outside it nothing fails.
    @Test func outageErrorsLandOnlyInTheFaultWindow() throws {
        let path = Self.repository.appendingPathComponent("scenarios/az-outage.yaml").path
        var scenario = try ScenarioLoader.load(path: path)
        scenario.duration = SimTime.seconds(120)
        scenario.warmup = SimTime.seconds(5)
        // Load high enough that requests wait for slots when the AZ goes down (38 of 48
        // slots busy on average), and no timeout, so that the backlog the outage leaves
        // behind delays requests after the window but fails none.
        scenario.traffic[0].rate = Rate(count: 1100, unit: .perSecond)
        scenario.services[0].timeout = nil
        scenario.faults = [.azOutage(at: SimTime.seconds(40), region: "us-east-1", az: 1,
                                     duration: SimTime.seconds(30), detection: SimTime.seconds(10))]
        for r in 0..<3 {
            for result in try SimulationRunner(sourcePath: path).runReplication(scenario, replication: r, seed: 11 + UInt64(r)) {
                let steady = result.latency.reduce(0) { $0 + $1.errors }
                let fault = result.faultLatency.reduce(0) { $0 + $1.errors }
                #expect(steady == 0, "\(result.summary.strategy) replication \(r): \(steady) errors outside the window")
                #expect(fault > 0, "\(result.summary.strategy): the outage failed nothing")
            }
        }
    }
}

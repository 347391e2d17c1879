import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// The NLB's port-allocation limit counts connections, not requests, per (NLB node address,
/// target) tuple: "about 55,000 connections per minute for each combination of Network Load
/// Balancer IP address and unique target (IP address and port)" (ELB, Target groups for your
/// Network Load Balancers).
@Suite struct ConnectionReuseTests {
    /// One consumer AZ, one provider AZ with one instance, instant service.
    static func oneTarget(rate: Double, requestsPerConnection: Int) throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 1)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 100_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: rate, requestsPerConnection: requestsPerConnection)
        return b.topology
    }

    /// 2,000 requests/s to one target at AWS's limit (55,000 a minute, 916.7 a second):
    /// - with 100 requests per connection, 20 new connections/s (1,200 a minute): none fails;
    /// - without reuse, 2,000 new connections/s: the window admits 27.5 s of them (55,000)
    ///   and then none until the first second leaves it, a cycle of 60 s; over whole minutes
    ///   55,000 of every 120,000 get through, so 1 − 55,000 / 120,000 = 54.2 % fail (measured
    ///   over the two minutes after the first).
    @Test func reuseKeepsATargetUnderTheLimit() throws {
        let reused = try runPlane(try Self.oneTarget(rate: 2_000, requestsPerConnection: 100), .privateLinkHub,
                                  duration: .seconds(150), warmup: .seconds(60))
        #expect(reused.failed == 0)
        #expect(reused.succeeded > 250_000)

        let fresh = try runPlane(try Self.oneTarget(rate: 2_000, requestsPerConnection: 1), .privateLinkHub,
                                 duration: .seconds(180), warmup: .seconds(60))
        let row = try unwrap(fresh.steady.first, "row")
        let share = Double(row.errors(.connectionLimit)) / Double(row.requests)
        #expect(abs(share - (1 - 55_000.0 / 120_000)) < 0.01, "failed share \(share)")
        #expect(row.errors == row.errors(.connectionLimit))
    }

    /// Only every 10th request opens a connection, and after a refusal the next request
    /// tries again: 100 requests/s with 10 per connection against a limit of 300 a minute
    /// (5/s). Connections open at 10/s until the window holds 300 (30 s, carrying 3,000
    /// requests), then every request tries to open one and fails until the window's first
    /// second leaves it, 30 s later: a 60 s cycle in which half the requests fail (with
    /// 1 per connection it would be 1 − 300/6,000 = 95 %).
    @Test func reuseHalvesTheFailuresPastTheLimit() throws {
        let options = DataPlaneOptions(nlbConnectionsPerTargetPerMinute: 300)
        let results = try runPlane(try Self.oneTarget(rate: 100, requestsPerConnection: 10), .privateLinkHub,
                                   options: options, duration: .seconds(660), warmup: .seconds(60))
        let row = try unwrap(results.steady.first, "row")
        let share = Double(row.errors(.connectionLimit)) / Double(row.requests)
        #expect(abs(share - 0.5) < 0.02, "failed share \(share)")
    }

    /// Cross-zone balancing multiplies the limit by the NLB node addresses that reach a
    /// target. Clients in 3 AZs, one instance in each of the provider's 3 AZs, 27 new
    /// connections/s, a limit of 300 a minute (5/s) per tuple:
    /// - without cross-zone, the node of each AZ sends its 9/s to its own AZ's target, one
    ///   tuple each: 4 of every 9 fail (4/9 = 44.4 %);
    /// - with cross-zone, each of the 3 nodes sends 3/s to each target: 9 tuples of 3/s, each
    ///   under 5/s (180 a minute on average against 300): none fails.
    @Test func crossZoneMultipliesTheLimitByTheNodes() throws {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1, 2])
        let provider = try b.vpc(region: region, zones: [0, 1, 2])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: 100_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 27, requestsPerConnection: 1)
        let options = DataPlaneOptions(nlbConnectionsPerTargetPerMinute: 300)

        let aligned = try runPlane(b.topology, .privateLinkHub, privateLink: PrivateLinkSettings(crossZone: false),
                                   options: options, duration: .seconds(660), warmup: .seconds(60))
        let alignedRow = try unwrap(aligned.steady.first, "row")
        let share = Double(alignedRow.errors(.connectionLimit)) / Double(alignedRow.requests)
        #expect(abs(share - 4.0 / 9) < 0.02, "failed share \(share)")

        let crossZone = try runPlane(b.topology, .privateLinkHub, privateLink: PrivateLinkSettings(crossZone: true),
                                     options: options, duration: .seconds(660), warmup: .seconds(60))
        #expect(crossZone.failed == 0)
        #expect(crossZone.generated == aligned.generated)
    }

    /// The simultaneous limit grows the same way: a target takes 55,000 × the nodes that
    /// reach it (3 with cross-zone over 3 AZs), 55,000 without.
    @Test func simultaneousLimitPerTargetCountsTheNodes() throws {
        let path = PrivateLinkHubPath(crossZone: true, dns: .regional)
        #expect(path.nodesReachingATarget(zones: 3) == 3)
        #expect(PrivateLinkHubPath(crossZone: false, dns: .regional).nodesReachingATarget(zones: 3) == 1)
    }
}

import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// Which AZ a client's call reaches: PrivateLink's `dns` (Regional name: any interface;
/// zonal name: the client's own), the direct designs' `client_routing` (any AZ or the
/// client's own), and the cross-AZ share each gives, counted by request and priced.
///
/// Method: every same-AZ round trip is 0 ms and every AZ-crossing leg exactly 1 ms, hops 0,
/// so a request's round trip in ms is the number of legs that cross AZs, and the mean over N
/// requests is the share of crossing calls. With k AZs and uniform choices the share is
/// p = (k − 1)/k; its sample mean has standard error √(p(1 − p)/N), and the tests allow 5 of them.
@Suite struct ClientAZChoiceTests {
    /// One Region with `k` AZs; consumer and provider in all of them, 2 instances per AZ.
    static func oneRegion(k: Int, rate: Double = 100) throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: k)
        let consumer = try b.vpc(region: region, zones: Array(0..<k))
        let provider = try b.vpc(region: region, zones: Array(0..<k))
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: rate)
        return b.topology
    }

    /// 0 ms same AZ, 1 ms per crossing leg, no hop.
    static func countingLatency() throws -> LatencySettings {
        try zeroLatency(sameAZ: "0ms", crossAZ: "1ms")
    }

    /// The share of crossing calls and the number of requests it rests on.
    static func crossingShare(_ topology: Topology, _ strategy: StrategyKind, designs: DesignOptions) throws
        -> (share: Double, requests: Int) {
        let results = try runPlane(topology, strategy, latency: try countingLatency(), designs: designs,
                                   duration: .seconds(300))
        let row = try unwrap(results.steady.first, "row")
        #expect(row.errors == 0)
        return (try unwrap(row.meanMilliseconds, "mean"), row.requests)
    }

    /// Whether `share` is within 5 standard errors of p over `n` binomial trials.
    static func withinBinomial(_ share: Double, _ p: Double, _ n: Int) -> Bool {
        abs(share - p) <= 5 * (p * (1 - p) / Double(n)).squareRoot()
    }

    @Test(arguments: [2, 3])
    func regionalDNSCrossesAZsLikePeering(k: Int) throws {
        let topology = try Self.oneRegion(k: k)
        var designs = DesignOptions()
        designs.privateLink.dns = .regional
        let (share, n) = try Self.crossingShare(topology, .privateLinkHub, designs: designs)
        let p = Double(k - 1) / Double(k)
        #expect(n > 25_000)
        #expect(Self.withinBinomial(share, p, n), "share \(share) vs \(p) over \(n)")
        // The default is the Regional name.
        #expect(PrivateLinkSettings.defaults.dns == .regional)
    }

    @Test(arguments: [2, 3])
    func zonalDNSKeepsEveryCallInItsAZ(k: Int) throws {
        var designs = DesignOptions()
        designs.privateLink.dns = .zonal
        let (share, _) = try Self.crossingShare(try Self.oneRegion(k: k), .privateLinkHub, designs: designs)
        #expect(share == 0)
    }

    /// A consumer VPC in AZs 1–3 calling a service whose VPC spans AZs 1–2.
    static func consumerInThreeAZsProviderInTwo() throws -> Topology {
        var b = TopologyBuilder()
        let region = try b.region("us-east-1", azs: 3)
        let consumer = try b.vpc(region: region, zones: [0, 1, 2])
        let provider = try b.vpc(region: region, zones: [0, 1])
        let service = try b.service(vpc: provider, instancesPerAZ: 2, concurrency: 1_000, serviceTime: "0ms")
        try b.demand(from: consumer, to: service, rate: 100)
        return b.topology
    }

    /// A zonal client whose AZ has no interface (the provider is not there) falls back to
    /// another AZ's: consumer in AZs 1–3, provider in 1–2, so the endpoint has interfaces in
    /// 1–2 and the clients of AZ 3 (one in three) cross.
    @Test func zonalClientWithoutAnInterfaceFallsBack() throws {
        let topology = try Self.consumerInThreeAZsProviderInTwo()
        var designs = DesignOptions()
        designs.privateLink.dns = .zonal
        let (share, n) = try Self.crossingShare(topology, .privateLinkHub, designs: designs)
        #expect(Self.withinBinomial(share, 1.0 / 3, n), "share \(share)")
        // Regional: 1 − 1/3 (the client's AZ has an interface with probability 2/3, picked
        // with probability 1/2).
        designs.privateLink.dns = .regional
        let (regional, m) = try Self.crossingShare(topology, .privateLinkHub, designs: designs)
        #expect(Self.withinBinomial(regional, 2.0 / 3, m), "share \(regional)")
    }

    @Test(arguments: [StrategyKind.peeringMesh, .transitGateway, .sharedVPC])
    func directDesignsCrossUnlessSameAZ(strategy: StrategyKind) throws {
        let topology = try Self.oneRegion(k: 3)
        let (anyAZ, n) = try Self.crossingShare(topology, strategy, designs: DesignOptions())
        #expect(Self.withinBinomial(anyAZ, 2.0 / 3, n), "\(strategy): share \(anyAZ)")
        var designs = DesignOptions()
        designs.peering.clientRouting = .sameAZ
        designs.transitGateway.clientRouting = .sameAZ
        designs.sharedVPC.clientRouting = .sameAZ
        let (sameAZ, _) = try Self.crossingShare(topology, strategy, designs: designs)
        #expect(sameAZ == 0, "\(strategy)")
    }

    /// A same-AZ client leaves its AZ only when the service has no instance there:
    /// consumer in AZs 1–3, provider in 1–2.
    @Test func sameAZClientsOnlyLeaveTheirAZWhenTheServiceIsNotThere() throws {
        let topology = try Self.consumerInThreeAZsProviderInTwo()
        var designs = DesignOptions()
        designs.peering.clientRouting = .sameAZ
        let (share, n) = try Self.crossingShare(topology, .peeringMesh, designs: designs)
        // Only the clients of AZ 3 (one in three) cross.
        #expect(Self.withinBinomial(share, 1.0 / 3, n), "share \(share)")
    }
}

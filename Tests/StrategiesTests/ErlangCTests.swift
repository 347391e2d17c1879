import CloudModel
import SimKernel
import Testing
@testable import Strategies

/// A single service inside a full data-plane run reproduces the M/M/c queue's mean wait
/// (Erlang C), not only the kernel's toy model.
@Suite struct ErlangCTests {
    /// Erlang's C formula, written out here independently of SimKernel's.
    static func erlangC(servers c: Int, load a: Double) -> Double {
        var term = 1.0, sum = 1.0
        for k in 1..<c {
            term *= a / Double(k)
            sum += term
        }
        let last = term * a / Double(c) * Double(c) / (Double(c) - a)
        return last / (sum + last)
    }

    @Test func meanWaitMatchesErlangC() throws {
        let c = 4
        let meanService = 0.010
        let lambda = 0.8 * Double(c) / meanService          // utilisation 0.8
        var b = TopologyBuilder()
        let region = try b.region("eu-west-1", azs: 1)
        let consumer = try b.vpc(region: region, zones: [0])
        let provider = try b.vpc(region: region, zones: [0])
        let service = try b.service(vpc: provider, instancesPerAZ: 1, concurrency: c, serviceTime: "exponential(mean=10ms)")
        try b.demand(from: consumer, to: service, rate: lambda)
        let theory = Self.erlangC(servers: c, load: lambda * meanService) / (Double(c) / meanService - lambda)

        // Ten replications; each replication mean is one observation.
        var waits: [Double] = []
        var sojourns: [Double] = []
        var waitedShares: [Double] = []
        for replication in 0..<10 {
            let results = try runPlane(b.topology, .peeringMesh, latency: try zeroLatency(), seed: 11,
                                       replication: replication, duration: .seconds(300), warmup: .seconds(20))
            #expect(results.generated == results.succeeded)
            waits.append(results.serviceWait[0].mean)
            waitedShares.append(results.serviceWait[0].waitedShare)
            sojourns.append(try unwrap(results.steady.first?.meanMilliseconds, "mean") / 1e3)
        }
        let mean = waits.reduce(0, +) / Double(waits.count)
        let sd = (waits.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(waits.count - 1)).squareRoot()
        let standardError = sd / Double(waits.count).squareRoot()
        #expect(standardError < 0.03 * theory, "the check must be sharp: se \(standardError) vs \(theory)")
        #expect(abs(mean - theory) < 4 * standardError, "mean wait \(mean) s vs Erlang C \(theory) s ± \(standardError)")
        // The share that waited at all is Erlang C itself.
        let probability = Self.erlangC(servers: c, load: lambda * meanService)
        let share = waitedShares.reduce(0, +) / Double(waitedShares.count)
        let shareSD = (waitedShares.map { ($0 - share) * ($0 - share) }.reduce(0, +) / Double(waitedShares.count - 1)).squareRoot()
        #expect(abs(share - probability) < 4 * shareSD / Double(waitedShares.count).squareRoot() + 1e-3,
                "waited share \(share) vs C(\(c), \(lambda * meanService)) = \(probability)")
        // With zero network delay the round trip is the wait plus the service.
        let sojourn = sojourns.reduce(0, +) / Double(sojourns.count)
        #expect(abs(sojourn - (theory + meanService)) < 4 * standardError + 0.002 * meanService)
    }
}

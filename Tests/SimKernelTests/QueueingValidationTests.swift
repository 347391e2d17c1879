import Testing
@testable import SimKernel

/// The engine against queueing theory: replications of the single-queue model must put
/// the textbook value inside their 99 % Student-t interval, and the interval must be tight
/// (under 6 % of the value) so that containing it means something.
@Suite struct QueueingValidationTests {
    struct Measured {
        var wait: ConfidenceInterval
        var inSystem: ConfidenceInterval
        var waitedFraction: ConfidenceInterval
        var littleGap: ConfidenceInterval   // per replication: L − λ·W, relative to L
    }

    static func replicate(servers: Int, interarrival: String, service: String, customers: Int,
                          replications: Int = 10, seed: UInt64 = 2026) throws -> Measured {
        let configuration = QueueingModel.Configuration(
            servers: servers,
            interarrival: try DistributionSpec.parse(interarrival, kind: .duration),
            service: try DistributionSpec.parse(service, kind: .duration),
            customers: customers, warmupCustomers: customers / 20)
        let results = (0..<replications).map {
            QueueingModel.run(configuration, seed: seed, replication: $0, queue: RadixHeapQueue.self)
        }
        return Measured(
            wait: ConfidenceInterval(results.map(\.wait.mean), level: 0.99)!,
            inSystem: ConfidenceInterval(results.map(\.meanInSystem), level: 0.99)!,
            waitedFraction: ConfidenceInterval(results.map(\.waitedFraction), level: 0.99)!,
            littleGap: ConfidenceInterval(results.map {
                ($0.meanInSystem - $0.arrivalRate * $0.sojourn.mean) / $0.meanInSystem
            }, level: 0.99)!)
    }

    static func expectContains(_ ci: ConfidenceInterval, _ theory: Double, _ what: String,
                               maxRelativeHalfWidth: Double = 0.06) {
        #expect(ci.lower <= theory && theory <= ci.upper,
                "\(what): theory \(theory) outside [\(ci.lower), \(ci.upper)]")
        #expect(ci.halfWidth <= maxRelativeHalfWidth * abs(theory),
                "\(what): interval ±\(ci.halfWidth) too wide to test \(theory)")
    }

    @Test func mm1AtHalfLoad() throws {
        // λ = 500/s, μ = 1000/s: Wq = ρ/(μ−λ) = 1 ms, L = ρ/(1−ρ) = 1.
        let m = try Self.replicate(servers: 1, interarrival: "exponential(mean=2ms)",
                                   service: "exponential(mean=1ms)", customers: 200_000)
        Self.expectContains(m.wait, QueueingTheory.mm1MeanWait(arrivalRate: 500, meanService: 0.001), "M/M/1 ρ=0.5 Wq")
        #expect(abs(QueueingTheory.mm1MeanWait(arrivalRate: 500, meanService: 0.001) - 0.001) < 1e-15)
        Self.expectContains(m.inSystem, QueueingTheory.mm1MeanInSystem(utilisation: 0.5), "M/M/1 ρ=0.5 L")
        Self.expectContains(m.waitedFraction, 0.5, "M/M/1 ρ=0.5 P(wait) = ρ")
    }

    @Test func mm1AtNinetyPercentLoad() throws {
        // λ = 900/s, μ = 1000/s: Wq = 9 ms, L = 9. Slow to converge: long replications.
        let m = try Self.replicate(servers: 1, interarrival: "exponential(mean=1.111111ms)",
                                   service: "exponential(mean=1ms)", customers: 600_000)
        let lambda = 1 / 0.001111111
        let rho = lambda * 0.001
        Self.expectContains(m.wait, QueueingTheory.mm1MeanWait(arrivalRate: lambda, meanService: 0.001), "M/M/1 ρ=0.9 Wq",
                            maxRelativeHalfWidth: 0.08)
        Self.expectContains(m.inSystem, QueueingTheory.mm1MeanInSystem(utilisation: rho), "M/M/1 ρ=0.9 L",
                            maxRelativeHalfWidth: 0.08)
    }

    @Test func mmcErlangC() throws {
        // c = 4, λ = 3200/s, μ = 1000/s (ρ = 0.8): Erlang C(4, 3.2) = 0.5964, Wq = C/(cμ−λ).
        let c = QueueingTheory.erlangC(servers: 4, offeredLoad: 3.2)
        #expect(abs(c - 0.596_36) < 1e-4, "Erlang C(4, 3.2) from the tables is 0.5964")
        let m = try Self.replicate(servers: 4, interarrival: "exponential(mean=0.3125ms)",
                                   service: "exponential(mean=1ms)", customers: 400_000)
        Self.expectContains(m.waitedFraction, c, "M/M/4 P(wait)")
        Self.expectContains(m.wait, QueueingTheory.mmcMeanWait(servers: 4, arrivalRate: 3200, meanService: 0.001), "M/M/4 Wq")
    }

    @Test func md1PollaczekKhinchine() throws {
        // λ = 700/s, service exactly 1 ms: Wq = λ d² / (2(1−ρ)) = 1.1667 ms.
        let m = try Self.replicate(servers: 1, interarrival: "exponential(mean=1.428571ms)",
                                   service: "constant(value=1ms)", customers: 300_000)
        let lambda = 1 / 0.001428571
        Self.expectContains(m.wait, QueueingTheory.mg1MeanWait(arrivalRate: lambda, meanService: 0.001,
                                                               serviceSecondMoment: 1e-6), "M/D/1 Wq")
    }

    @Test func littlesLawHoldsOnTheSimulatedData() throws {
        // L (time average of the number in system) against λ·W (measured arrival rate times
        // mean time in system), computed independently from the same run.
        for (servers, gap) in [(1, "exponential(mean=1.25ms)"), (4, "exponential(mean=0.3125ms)")] {
            let m = try Self.replicate(servers: servers, interarrival: gap,
                                       service: "exponential(mean=1ms)", customers: 200_000)
            #expect(abs(m.littleGap.mean) < 0.01, "L and λW differ by \(m.littleGap.mean * 100) %")
        }
    }

    @Test func sameSeedSameResultsDifferentSeedDifferentResults() throws {
        let config = QueueingModel.Configuration(
            servers: 2, interarrival: try DistributionSpec.parse("exponential(mean=1ms)", kind: .duration),
            service: try DistributionSpec.parse("lognormal(median=1ms, p99=5ms)", kind: .duration),
            customers: 20_000, warmupCustomers: 1_000)
        let a = QueueingModel.run(config, seed: 9, replication: 0, queue: RadixHeapQueue.self)
        let b = QueueingModel.run(config, seed: 9, replication: 0, queue: RadixHeapQueue.self)
        let c = QueueingModel.run(config, seed: 10, replication: 0, queue: RadixHeapQueue.self)
        #expect(a.wait == b.wait && a.sojourn == b.sojourn && a.events == b.events)
        #expect(a.wait != c.wait)
    }

    /// Every queue gives the very same trajectory: they differ in speed only.
    @Test func everyQueueGivesIdenticalResults() throws {
        let config = QueueingModel.Configuration(
            servers: 3, interarrival: try DistributionSpec.parse("exponential(mean=0.4ms)", kind: .duration),
            service: try DistributionSpec.parse("constant(value=1ms)", kind: .duration),
            customers: 20_000, warmupCustomers: 1_000)
        let reference = QueueingModel.run(config, seed: 3, replication: 0, queue: RadixHeapQueue.self)
        let others = [
            QueueingModel.run(config, seed: 3, replication: 0, queue: QuaternaryHeapQueue.self),
            QueueingModel.run(config, seed: 3, replication: 0, queue: BinaryHeapQueue.self),
            QueueingModel.run(config, seed: 3, replication: 0, queue: CollectionsHeapQueue.self),
        ]
        for o in others {
            #expect(o.wait == reference.wait && o.sojourn == reference.sojourn && o.events == reference.events)
        }
    }
}

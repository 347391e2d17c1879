import Experiment
import SimKernel

/// The M/M/c example: the queueing model on the engine, with replications, next to its
/// Erlang-C value. It is both a worked example of the engine (`make run` prints it) and the
/// vpcsim row of the field benchmark's M/M/c comparison with SimPy and Ciw.
public struct QueueingExample: Sendable {
    public var servers: Int
    public var utilisation: Double
    /// Customers per replication.
    public var customers: Int
    public var replications: Int
    public var seed: UInt64

    public init(servers: Int = 4, utilisation: Double = 0.8, customers: Int = 1_000_000,
                replications: Int = 10, seed: UInt64 = 1) {
        self.servers = servers
        self.utilisation = utilisation
        self.customers = customers
        self.replications = replications
        self.seed = seed
    }

    /// What the replications measured; times in units of the mean service time.
    public struct Outcome: Sendable {
        public var meanWait: ConfidenceInterval?
        public var waitProbability: ConfidenceInterval?
        public var erlangCMeanWait: Double
        public var erlangCWaitProbability: Double
        public var customersPerSecond: Double
        public var eventsPerSecond: Double
    }

    /// Mean service time is one second of simulated time; arrivals are Poisson at c·ρ per second.
    public func run() throws(DistributionError) -> Outcome {
        let arrivalRate = Double(servers) * utilisation
        let configuration = QueueingModel.Configuration(
            servers: servers,
            interarrival: try DistributionSpec.parse("exponential(mean=\(NumberFormat.fixed(1e9 / arrivalRate, decimals: 0))ns)", kind: .duration),
            service: try DistributionSpec.parse("exponential(mean=1s)", kind: .duration),
            customers: customers, warmupCustomers: customers / 20)
        let clock = ContinuousClock()
        let start = clock.now
        let results = (0..<replications).map {
            QueueingModel.run(configuration, seed: seed, replication: $0, queue: DefaultEventQueue.self)
        }
        let elapsed = clock.now - start
        let seconds = elapsed.inSeconds
        let events = results.reduce(UInt64(0)) { $0 + $1.events }
        return Outcome(
            meanWait: ConfidenceInterval(results.map(\.wait.mean)),
            waitProbability: ConfidenceInterval(results.map(\.waitedFraction)),
            erlangCMeanWait: QueueingTheory.mmcMeanWait(servers: servers, arrivalRate: arrivalRate, meanService: 1),
            erlangCWaitProbability: QueueingTheory.erlangC(servers: servers, offeredLoad: arrivalRate),
            customersPerSecond: Double(customers * replications) / seconds,
            eventsPerSecond: Double(events) / seconds)
    }

    /// The field benchmark's row: `engine, customers, mean_wait, ci95_low, ci95_high,
    /// customers_per_s, erlang_c_mean_wait`.
    public func csv(_ outcome: Outcome) -> CSVTable {
        var table = CSVTable(header: ["engine", "customers", "mean_wait", "ci95_low", "ci95_high",
                                      "customers_per_s", "erlang_c_mean_wait"])
        let ci = outcome.meanWait
        table.append(["vpcsim", String(customers * replications),
                      NumberFormat.fixed(ci?.mean ?? .nan, decimals: 6),
                      NumberFormat.fixed(ci?.lower ?? .nan, decimals: 6),
                      NumberFormat.fixed(ci?.upper ?? .nan, decimals: 6),
                      NumberFormat.fixed(outcome.customersPerSecond, decimals: 0),
                      NumberFormat.fixed(outcome.erlangCMeanWait, decimals: 6)])
        return table
    }

    /// A short human-readable comparison with theory.
    public func summary(_ outcome: Outcome) -> String {
        func show(_ ci: ConfidenceInterval?) -> String {
            guard let ci else { return "n/a" }
            return NumberFormat.fixed(ci.mean, decimals: 4) + " ± " + NumberFormat.fixed(ci.halfWidth, decimals: 4)
        }
        return """
            M/M/\(servers) at utilisation \(utilisation), \(replications) replications of \(NumberFormat.grouped(customers)) customers (mean service = 1 s)
              mean wait        simulated \(show(outcome.meanWait)) s (95 % CI)   Erlang C \(NumberFormat.fixed(outcome.erlangCMeanWait, decimals: 4)) s
              P(wait)          simulated \(show(outcome.waitProbability))          Erlang C \(NumberFormat.fixed(outcome.erlangCWaitProbability, decimals: 4))
              speed            \(NumberFormat.grouped(Int(outcome.customersPerSecond))) customers/s, \(NumberFormat.grouped(Int(outcome.eventsPerSecond))) events/s

            """
    }
}

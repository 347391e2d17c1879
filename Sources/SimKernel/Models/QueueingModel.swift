/// The textbook open queue, G/G/c with FIFO service, built on the engine: the model vpcsim
/// is validated with (M/M/1, M/M/c, M/D/1 against closed forms) and the one the field
/// benchmark runs next to SimPy and Ciw.
///
/// Customers arrive with `interarrival` gaps, are served by one of `servers` identical
/// servers for a `service` time, and wait in one FIFO line when all are busy. The first
/// `warmupCustomers` are run but not measured, so the start-up from an empty system does
/// not bias the averages.
public struct QueueingModel: EventHandler {
    public struct Configuration: Sendable {
        public var servers: Int
        public var interarrival: DistributionSpec
        public var service: DistributionSpec
        /// Customers generated in all (warm-up included).
        public var customers: Int
        /// Leading customers excluded from the statistics.
        public var warmupCustomers: Int

        public init(servers: Int, interarrival: DistributionSpec, service: DistributionSpec,
                    customers: Int, warmupCustomers: Int) {
            self.servers = servers
            self.interarrival = interarrival
            self.service = service
            self.customers = customers
            self.warmupCustomers = warmupCustomers
        }
    }

    /// What one replication measured (times in seconds).
    public struct Result: Sendable {
        /// Waiting time in line (before service), per measured customer.
        public var wait = RunningMoments()
        /// Time in system (wait plus service), per measured customer.
        public var sojourn = RunningMoments()
        /// Share of measured customers that had to wait.
        public var waitedFraction: Double = 0
        /// Time-average number in system over the measured window.
        public var meanInSystem: Double = 0
        /// Arrivals per second over the measured window.
        public var arrivalRate: Double = 0
        /// Events the engine processed, and the simulated span of the run.
        public var events: UInt64 = 0
        public var simulatedSeconds: Double = 0
    }

    enum Kind: UInt32 { case arrival = 0, departure = 1 }

    let configuration: Configuration
    let arrivals: RandomStream
    let services: RandomStream
    var station: ServiceStation
    /// A customer in the system: when it arrived (ns) and its number in arrival order.
    struct Customer {
        var arrival: Int64
        var number: Int
    }
    var customers = SlotSlab<Customer>()
    var generated = 0
    var waited = 0
    var measuredWindowStart: Int64 = -1
    var inSystem = TimeWeightedAverage()
    var result = Result()

    public init(configuration: Configuration, arrivals: RandomStream, services: RandomStream) {
        self.configuration = configuration
        self.arrivals = arrivals
        self.services = services
        self.station = ServiceStation(servers: configuration.servers)
    }

    /// Runs one replication to completion (every customer served) on the given queue.
    public static func run<Queue: EventQueue>(_ configuration: Configuration, seed: UInt64,
                                              replication: Int, queue: Queue.Type) -> Result {
        var model = QueueingModel(
            configuration: configuration,
            arrivals: RandomStream(runSeed: seed, purpose: "queueing.arrivals", index: UInt64(replication)),
            services: RandomStream(runSeed: seed, purpose: "queueing.services", index: UInt64(replication)))
        var simulator = Simulator<Queue>()
        simulator.schedule(at: .zero, kind: Kind.arrival.rawValue)
        simulator.run(handler: &model)
        var result = model.result
        let end = simulator.now.nanoseconds
        let window = Double(end - model.measuredWindowStart) / 1e9
        result.meanInSystem = model.inSystem.mean(until: simulator.now)
        result.arrivalRate = window > 0 ? Double(configuration.customers - configuration.warmupCustomers) / window : 0
        result.waitedFraction = result.wait.count > 0 ? Double(model.waited) / Double(result.wait.count) : 0
        result.events = simulator.eventsProcessed
        result.simulatedSeconds = Double(end) / 1e9
        return result
    }

    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        let now = simulator.now
        switch event.kind {
        case Kind.arrival.rawValue:
            let number = generated
            generated += 1
            if number == configuration.warmupCustomers {
                measuredWindowStart = now.nanoseconds
                inSystem = TimeWeightedAverage(value: Double(station.inSystem), at: now)
            }
            if generated < configuration.customers {
                simulator.schedule(after: configuration.interarrival.sampleTime(arrivals), kind: Kind.arrival.rawValue)
            }
            let slot = customers.allocate(Customer(arrival: now.nanoseconds, number: number))
            if station.arrive(slot) { startService(slot, at: now, in: &simulator) }
            recordInSystem(at: now)
        case Kind.departure.rawValue:
            let slot = event.target
            let customer = customers.records[Int(slot)]
            if customer.number >= configuration.warmupCustomers {
                result.sojourn.add(Double(now.nanoseconds - customer.arrival) / 1e9)
            }
            customers.release(slot)
            if let next = station.complete() { startService(next, at: now, in: &simulator) }
            recordInSystem(at: now)
        default:
            preconditionFailure("unknown event kind \(event.kind)")
        }
    }

    mutating func startService<Queue: EventQueue>(_ slot: UInt32, at now: SimTime, in simulator: inout Simulator<Queue>) {
        let customer = customers.records[Int(slot)]
        let waitNs = now.nanoseconds - customer.arrival
        if customer.number >= configuration.warmupCustomers {
            result.wait.add(Double(waitNs) / 1e9)
            if waitNs > 0 { waited += 1 }
        }
        simulator.schedule(after: configuration.service.sampleTime(services), kind: Kind.departure.rawValue, target: slot)
    }

    mutating func recordInSystem(at now: SimTime) {
        if measuredWindowStart >= 0 { inSystem.record(Double(station.inSystem), at: now) }
    }
}

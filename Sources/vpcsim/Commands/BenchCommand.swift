import ArgumentParser
import Benchmarks
import Experiment
import SimKernel

/// `vpcsim bench ...`: performance measurements (release builds only give real numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's speed.",
        subcommands: [BenchQueueCommand.self, BenchHoldCommand.self, BenchMMcCommand.self, BenchDataPlaneCommand.self]
    )
}

/// `vpcsim bench queue`: the hold model on every event-queue implementation.
struct BenchQueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Hold-model benchmark of every event-queue implementation.",
        discussion: """
            Fills each queue with N events, then times "pop the earliest, push one a random \
            increment later" (the queue size stays N), for N = 10^3 ... 10^6 and exponential, \
            uniform and bimodal increments. Prints ns per hold and holds per second, and each \
            queue's speed-up over swift-collections' Heap and the in-house binary heap.
            """
    )

    @Option(name: .customLong("csv"), help: "Also write the results as CSV to this file.")
    var csvPath: String?

    @Option(help: "Holds timed per measurement.")
    var holds: Int = 3_000_000

    @Option(parsing: .upToNextOption, help: "Queue sizes to measure.")
    var sizes: [Int] = QueueBenchmarkSuite.defaultSizes

    @Option(parsing: .upToNextOption, help: "Increment distributions.")
    var increments: [HoldIncrement] = HoldIncrement.allCases

    @Option(parsing: .upToNextOption, help: "Queues to measure.")
    var queues: [EventQueueKind] = EventQueueKind.allCases

    func validate() throws {
        guard holds > 0 else { throw ValidationError("--holds must be positive") }
        guard sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes must be positive") }
    }

    func run() throws {
        let suite = QueueBenchmarkSuite(sizes: sizes, increments: increments, queues: queues, holds: holds)
        let total = suite.sizes.count * suite.increments.count * suite.queues.count
        var done = 0
        let results = suite.run { result in
            done += 1
            Progress.line("[\(done)/\(total)] \(result.increments.rawValue) n=\(result.n) \(result.queue): "
                + NumberFormat.fixed(result.nsPerHold, decimals: 1) + " ns/hold")
        }
        print(QueueBenchmarkSuite.textTable(results).rendered(), terminator: "")
        if let csvPath {
            try AtomicFile.write(QueueBenchmarkSuite.csv(results).rendered(), to: csvPath)
            Progress.line("wrote \(csvPath)")
        }
    }
}

/// `vpcsim bench hold`: the hold model through the whole engine, as the field benchmark
/// (`bench/run.sh`) runs it next to ns-3, SimPy and C++.
struct BenchHoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Hold model through the run loop (dispatch and a GSL draw per event included).",
        discussion: """
            Fills the simulator with N events, then times M events whose handler schedules one \
            new event an exponential increment later (mean 1 s, as the field benchmark's peers). \
            Prints one CSV row per queue: engine, variant, n, holds, ns_per_hold, holds_per_s.
            """
    )

    @Option(help: "Pending events (the queue size).")
    var n: Int = 100_000

    @Option(help: "Events timed after the warm-up.")
    var holds: Int = 3_000_000

    @Option(parsing: .upToNextOption, help: "Queues to measure.")
    var queues: [EventQueueKind] = EventQueueKind.allCases

    @Option(name: .customLong("mean-ns"), help: "Mean increment in nanoseconds.")
    var meanNanoseconds: Double = 1e9

    @Option(name: .customLong("csv"), help: "Write the rows to this file instead of stdout.")
    var csvPath: String?

    func validate() throws {
        guard n > 0, holds > 0 else { throw ValidationError("--n and --holds must be positive") }
        guard meanNanoseconds >= 1, meanNanoseconds <= 1e15 else { throw ValidationError("--mean-ns must be in [1, 1e15]") }
    }

    func run() throws {
        let suite = EngineHoldSuite(sizes: [n], holds: holds, queues: queues,
                                    meanIncrement: meanNanoseconds)
        let results = suite.run { r in
            Progress.line("n=\(r.n) \(r.queue): " + NumberFormat.fixed(r.nsPerHold, decimals: 1) + " ns/hold")
        }
        let csv = EngineHoldSuite.csv(results).rendered()
        if let csvPath { try AtomicFile.write(csv, to: csvPath) } else { print(csv, terminator: "") }
    }
}

/// `vpcsim bench mmc`: the M/M/c queue on the engine against Erlang C, with its speed.
struct BenchMMcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mmc",
        abstract: "M/M/c queue on the engine: mean wait with its confidence interval next to Erlang C, and customers per second."
    )

    @Option(help: "Servers (c).")
    var servers: Int = 4

    @Option(help: "Utilisation ρ = λ/(cμ), below 1.")
    var utilisation: Double = 0.8

    @Option(help: "Customers per replication.")
    var customers: Int = 1_000_000

    @Option(help: "Independent replications.")
    var replications: Int = 10

    @Option(help: "Run seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("csv"), help: "Also write the field-benchmark CSV row to this file.")
    var csvPath: String?

    func validate() throws {
        guard servers >= 1 else { throw ValidationError("--servers must be at least 1") }
        guard utilisation > 0, utilisation < 1 else { throw ValidationError("--utilisation must be in (0, 1)") }
        guard customers >= 20, replications >= 2 else {
            throw ValidationError("--customers must be at least 20 and --replications at least 2")
        }
    }

    func run() throws {
        let example = QueueingExample(servers: servers, utilisation: utilisation, customers: customers,
                                      replications: replications, seed: seed)
        let outcome = try example.run()
        print(example.summary(outcome), terminator: "")
        if let csvPath { try AtomicFile.write(example.csv(outcome).rendered(), to: csvPath) }
    }
}

import Experiment
import SimKernel

/// `vpcsim bench queue`: the hold model for every queue implementation, at each queue
/// size and increment distribution, as one table.
public struct QueueBenchmarkSuite: Sendable {
    public var sizes: [Int]
    public var increments: [HoldIncrement]
    public var queues: [EventQueueKind]
    /// Holds timed per measurement (after a warm-up of min(n, 10^6) holds).
    public var holds: Int

    public static let defaultSizes = [1_000, 10_000, 100_000, 1_000_000]

    public init(sizes: [Int] = defaultSizes, increments: [HoldIncrement] = HoldIncrement.allCases,
                queues: [EventQueueKind] = EventQueueKind.allCases, holds: Int = 3_000_000) {
        self.sizes = sizes
        self.increments = increments
        self.queues = queues
        self.holds = holds
    }

    /// Runs every combination, reporting each result as it completes.
    public func run(progress: (HoldBenchmark.Result) -> Void = { _ in }) -> [HoldBenchmark.Result] {
        var results: [HoldBenchmark.Result] = []
        for increment in increments {
            for n in sizes {
                for queue in queues {
                    let result = HoldBenchmark(n: n, holds: holds, increments: increment).measure(queue)
                    progress(result)
                    results.append(result)
                }
            }
        }
        return results
    }

    /// The CSV the issue specifies: `queue, n, increments, holds_per_s, ns_per_hold`.
    public static func csv(_ results: [HoldBenchmark.Result]) -> CSVTable {
        var table = CSVTable(header: ["queue", "n", "increments", "holds_per_s", "ns_per_hold"])
        for r in results {
            table.append([r.queue, String(r.n), r.increments.rawValue,
                          NumberFormat.fixed(r.holdsPerSecond, decimals: 0),
                          NumberFormat.fixed(r.nsPerHold, decimals: 1)])
        }
        return table
    }

    /// The terminal table, with each queue's speed relative to swift-collections' `Heap`
    /// and to the in-house binary heap at the same size and increments.
    public static func textTable(_ results: [HoldBenchmark.Result]) -> TextTable {
        var table = TextTable(header: ["increments", "n", "queue", "ns/hold", "holds/s", "vs collections-heap", "vs binary-heap"])
        for r in results {
            func ratio(_ reference: EventQueueKind) -> String {
                guard let ref = results.first(where: {
                    $0.queue == reference.rawValue && $0.n == r.n && $0.increments == r.increments
                }) else { return "" }
                return NumberFormat.fixed(ref.nsPerHold / r.nsPerHold, decimals: 2) + "x"
            }
            table.append([r.increments.rawValue, NumberFormat.grouped(r.n), r.queue,
                          NumberFormat.fixed(r.nsPerHold, decimals: 1),
                          NumberFormat.grouped(Int(r.holdsPerSecond.rounded())),
                          ratio(.collectionsHeap), ratio(.binaryHeap)])
        }
        return table
    }
}

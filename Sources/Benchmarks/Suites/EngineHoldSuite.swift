import Experiment
import SimKernel

/// `vpcsim bench hold`: the hold model through the whole engine (run loop, dispatch, a GSL
/// draw per event) for every queue, in the row format the field benchmark in `bench/`
/// shares with ns-3, SimPy and C++: `engine, variant, n, holds, ns_per_hold, holds_per_s`.
public struct EngineHoldSuite: Sendable {
    public var sizes: [Int]
    public var holds: Int
    public var queues: [EventQueueKind]
    /// The mean increment, ns (1 s by default, as the field benchmark's peers).
    public var meanIncrement: Double

    public init(sizes: [Int], holds: Int, queues: [EventQueueKind] = EventQueueKind.allCases,
                meanIncrement: Double = 1e9) {
        self.sizes = sizes
        self.holds = holds
        self.queues = queues
        self.meanIncrement = meanIncrement
    }

    public func run(progress: (HoldBenchmark.Result) -> Void = { _ in }) -> [HoldBenchmark.Result] {
        var results: [HoldBenchmark.Result] = []
        for n in sizes {
            for queue in queues {
                let result = EngineHoldBenchmark(n: n, holds: holds, meanIncrement: meanIncrement).measure(queue)
                progress(result)
                results.append(result)
            }
        }
        return results
    }

    public static func csv(_ results: [HoldBenchmark.Result]) -> CSVTable {
        var table = CSVTable(header: ["engine", "variant", "n", "holds", "ns_per_hold", "holds_per_s"])
        for r in results {
            table.append(["vpcsim", r.queue, String(r.n), String(r.holds),
                          NumberFormat.fixed(r.nsPerHold, decimals: 1),
                          NumberFormat.fixed(r.holdsPerSecond, decimals: 0)])
        }
        return table
    }
}

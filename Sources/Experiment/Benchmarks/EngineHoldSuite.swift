import SimKernel

/// `vpcsim bench hold`: the hold model through the whole engine (run loop, dispatch, a GSL
/// draw per event) for every queue, in the row format the field benchmark in `bench/`
/// shares with ns-3, SimPy and C++: `engine, variant, n, holds, ns_per_hold, holds_per_s`.
public struct EngineHoldSuite: Sendable {
    public var sizes: [Int]
    public var holds: Int
    public var queues: [EventQueueKind]

    public init(sizes: [Int], holds: Int, queues: [EventQueueKind] = EventQueueKind.allCases) {
        self.sizes = sizes
        self.holds = holds
        self.queues = queues
    }

    public func run(progress: (HoldBenchmark.Result) -> Void = { _ in }) -> [HoldBenchmark.Result] {
        var results: [HoldBenchmark.Result] = []
        for n in sizes {
            for queue in queues {
                let result = EngineHoldBenchmark(n: n, holds: holds).measure(queue)
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

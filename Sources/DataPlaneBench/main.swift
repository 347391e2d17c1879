// The data plane's events-per-second benchmark (issue 4's performance target): the
// reference topology of `DataPlaneBenchmark` under each strategy, on one core.
// Build and run optimised:  swift run -c release DataPlaneBench [repeats] [queue]
// where queue is one of radix-heap (default), 4-ary-heap, binary-heap, collections-heap.
import SimKernel
import CloudModel
import Strategies

let arguments = CommandLine.arguments
let repeats = arguments.count > 1 ? Int(arguments[1]) ?? 3 : 3
let queue = arguments.count > 2 ? EventQueueKind(rawValue: arguments[2]) ?? .default : .default

func measure(_ topology: Topology, _ strategy: StrategyKind) throws -> DataPlaneBenchmark.Measurement {
    switch queue {
    case .radixHeap: return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: RadixHeapQueue.self)
    case .quaternaryHeap: return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: QuaternaryHeapQueue.self)
    case .binaryHeap: return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: BinaryHeapQueue.self)
    case .collectionsHeap: return try DataPlaneBenchmark.measure(topology, strategy: strategy, queue: CollectionsHeapQueue.self)
    }
}

do {
    let topology = try DataPlaneBenchmark.referenceTopology()
    print("topology: \(topology.vpcs.count) VPCs, \(topology.regions.count) regions, \(topology.services.count) services, "
          + "\(topology.demands.count) demands, \(Int(topology.demands.map(\.ratePerSecond).reduce(0, +).rounded())) requests/s; "
          + "queue \(queue.rawValue)")
    print("strategy,run,events,wall_s,cpu_s,events_per_wall_s,events_per_cpu_s,requests,p50_ms,p99_ms")
    for strategy in StrategyKind.allCases {
        for run in 1...repeats {
            let m = try measure(topology, strategy)
            let total = m.results.total()
            let p50 = total?.quantileMilliseconds(0.5) ?? 0, p99 = total?.quantileMilliseconds(0.99) ?? 0
            print("\(strategy.rawValue),\(run),\(m.events),\(String(format: "%.3f", m.seconds)),"
                  + "\(String(format: "%.3f", m.cpuSeconds)),\(Int(m.eventsPerSecond)),\(Int(m.eventsPerCPUSecond)),"
                  + "\(m.results.generated),\(String(format: "%.2f", p50)),\(String(format: "%.2f", p99))")
        }
    }
} catch {
    print("error: \(error)")
}

import Foundation
import Strategies

/// The memory one replication of a scenario needs, estimated before it runs from what grows
/// with the scenario: VPCs, what each design's own state grows with (a mesh's peerings), service instances, latency histograms and the
/// line of an overloaded service. `vpcsim validate` (and every command that loads a scenario)
/// refuses a scenario whose one replication would not fit in the machine's physical memory,
/// rather than let it fail hours later; `--jobs N` runs N replications at once, each this size.
///
/// The per-item figures were measured with `/usr/bin/time -f %M` (peak RSS) on
/// `vpcsim run --jobs 1 --replications 1` of scenarios that vary one size (2026-12-07, release
/// build): differences of peak RSS between two sizes, divided by the difference of items.
public struct ScenarioMemoryEstimate: Sendable, Equatable {
    /// A tiny scenario's peak RSS (31 MB measured: the binary, the runtime, the catalogues).
    public static let baseBytes = 32.0 * 1_048_576
    /// One VPC under a hub design, with its attachment, routes and demand: 1.97 KB
    /// (1,000 → 4,000 VPCs attached to a Transit Gateway, each calling one service: 33.0 → 38.8 MB).
    public static let bytesPerVPC = 2048.0
    /// One service instance (its station and zone entries): 57 B (100 → 1,000,000 instances: 31 → 87 MB).
    public static let bytesPerInstance = 57.0
    /// One request waiting in an overloaded service's line (its record, event and place in
    /// line): 151 B (200,000 requests queued behind a 1/s service: 31 → 61 MB).
    public static let bytesPerQueuedRequest = 151.0
    /// A latency histogram's hard bound: every bucket of 1 ns .. 1 h at three digits, 33,421
    /// buckets of 4 bytes (`LatencyHistogram`); one per (source region, service, window).
    public static let bytesPerHistogram = 33_421.0 * 4

    /// The machine's physical memory, in bytes: what every replication running at once must share.
    public static var physicalMemory: Double { Double(ProcessInfo.processInfo.physicalMemory) }

    /// The largest parts, as `what: size` for messages.
    public var largestParts: String {
        parts.filter { $0.bytes > 0 }.prefix(3).map { "\($0.what): \(Self.size($0.bytes))" }.joined(separator: ", ")
    }

    /// What each part needs, largest first, in bytes.
    public var parts: [(what: String, bytes: Double)]
    public var bytes: Double { parts.reduce(Self.baseBytes) { $0 + $1.bytes } }

    public static func == (a: Self, b: Self) -> Bool { a.bytes == b.bytes }

    public init(_ scenario: Scenario) {
        let vpcCount = Double(scenario.vpcs.count) + scenario.fleets.reduce(0) { $0 + Double($1.count) }
        func senders(_ traffic: TrafficSpec) -> Double {
            switch traffic.from {
            case .vpc: 1
            case .fleet(let name): Double(scenario.fleet(named: name)?.count ?? 0)
            }
        }
        var parts: [(String, Double)] = []
        let sizes = DesignSizes(vpcs: vpcCount, senders: scenario.traffic.reduce(0) { $0 + senders($1) })
        for kind in scenario.strategies {
            if let own = kind.strategyType.memoryFootprint(sizes, options: scenario.options) {
                parts.append((own.what, own.bytes))
            }
        }
        parts.append(("\(Self.count(vpcCount)) VPCs", vpcCount * Self.bytesPerVPC))
        var instances = 0.0, backlog = 0.0
        for service in scenario.services {
            let azs = Double(scenario.vpc(named: service.vpc)?.azs ?? 1)
            let count = azs * Double(service.instancesPerAZ)
            instances += count
            let arrivals = scenario.traffic.filter { $0.to == service.name }.reduce(0) { $0 + $1.rate.perSecond * senders($1) }
            if let mean = service.serviceTime.mean, mean > 0 {
                let capacity = count * Double(service.concurrency) / (mean / 1e9)
                // An overloaded line grows for as long as traffic runs (a timeout drops what waits longer).
                let span = min(Double(scenario.duration.nanoseconds), service.timeout.map { Double($0.nanoseconds) } ?? .infinity) / 1e9
                backlog += max(arrivals - capacity, 0) * span
            }
        }
        parts.append(("\(Self.count(instances)) service instances", instances * Self.bytesPerInstance))
        let histograms = Double(scenario.regions.count) * Double(scenario.services.count) * 2
        parts.append(("\(Self.count(histograms)) latency histograms (at most)", histograms * Self.bytesPerHistogram))
        if backlog > 0 {
            parts.append(("\(Self.count(backlog)) requests waiting in overloaded services' lines", backlog * Self.bytesPerQueuedRequest))
        }
        self.parts = parts.sorted { $0.1 > $1.1 }
    }

    /// A count with thousands separators (`DesignFootprint.count`).
    public static func count(_ x: Double) -> String { DesignFootprint.count(x) }

    /// Bytes in binary units (`1.5 GiB`).
    public static func size(_ bytes: Double) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = bytes, unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(Int(value)) B" : String(format: value < 10 ? "%.2f %@" : value < 100 ? "%.1f %@" : "%.0f %@", value, units[unit])
    }
}

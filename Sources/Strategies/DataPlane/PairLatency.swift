import SimKernel

/// One cell of the latency outputs: the requests of one (client region, service region,
/// service) triple that ended in one window, measured after the warm-up.
public struct PairLatency: Sendable {
    /// The clients' region.
    public var fromRegion: String
    /// The service's region.
    public var toRegion: String
    /// The service.
    public var service: String
    /// Requests that ended (successes plus errors).
    public var requests: Int
    /// Requests that failed, whatever the reason.
    public var errors: Int
    /// Failures per reason, aligned with `RequestFailure.allCases`.
    public var errorsByReason: [Int]
    /// Round-trip times of the successful requests; nil when none succeeded.
    public var latency: LatencyHistogram?

    /// Failures of one reason.
    public func errors(_ failure: RequestFailure) -> Int { errorsByReason[failure.code] }

    /// Mean round trip of the successes, ms.
    public var meanMilliseconds: Double? { latency?.meanMilliseconds }
    /// The p-quantile of the successes' round trips, ms (nil with no success).
    public func quantileMilliseconds(_ p: Double) -> Double? { latency?.quantileMilliseconds(p) }
    /// The slowest success, ms.
    public var maxMilliseconds: Double? { latency.map { $0.maximum.milliseconds } }

    /// Adds another row's counts and latencies (same triple, another window or replication).
    public mutating func merge(_ other: PairLatency) {
        requests += other.requests
        errors += other.errors
        for i in errorsByReason.indices { errorsByReason[i] += other.errorsByReason[i] }
        if let theirs = other.latency {
            if latency == nil {
                latency = theirs
            } else {
                latency?.merge(theirs)
            }
        }
    }
}

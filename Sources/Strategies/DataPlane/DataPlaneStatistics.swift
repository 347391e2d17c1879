import SimKernel

/// The counters and histograms a run fills, in flat arrays indexed by (result key,
/// window): recording a request is a few array writes and, for a success, one histogram
/// record. Histograms are created the first time their key and window see a success.
///
/// **Batched records.** A success's latency is first appended to its cell's short list of
/// pending values, and the list is recorded into the histogram, in order, when it is full
/// (and before any read: `row` records what is pending into a copy). Each record lands on a
/// bucket count that is usually not in the cache; recorded one per request, every such miss
/// stalls the request's event, while a batch of independent records lets the processor
/// overlap its misses. The histogram sees the same values in the same order, so it is the
/// same to the bit.
struct DataPlaneStatistics {
    static let reasons = RequestFailure.allCases.count
    let configuration: LatencyHistogram.Configuration
    var requests: [Int]
    var errors: [Int]
    /// `[(key * 2 + window) * reasons + code]`.
    var reasonCounts: [Int]
    /// A placeholder (`unused`) until the cell's first success replaces it.
    var histograms: [LatencyHistogram]
    var histogramUsed: [Bool]
    /// Latencies not yet recorded, ns: `pending[cell * batch ..< cell * batch + pendingCount[cell]]`.
    var pending: [Int64]
    var pendingCount: [Int]
    /// Values recorded into a histogram at once.
    static let batch = 16
    var generated = 0
    var succeeded = 0
    var failed = 0
    var failuresByReason: [Int]
    var serviceWait: [WaitSummary]
    /// The waits of requests started in the second half of the measured period, per
    /// service: against the first half, a queue that grows over the run.
    var serviceWaitLate: [WaitSummary]

    /// The smallest histogram there is, standing in for cells with no success yet.
    static let unused = LatencyHistogram(configuration: LatencyHistogram.Configuration(
        resolution: SimTime(nanoseconds: 1), highest: SimTime(nanoseconds: 2), significantDigits: .two)!)

    init(keys: Int, services: Int, configuration: LatencyHistogram.Configuration) {
        self.configuration = configuration
        requests = Array(repeating: 0, count: keys * 2)
        errors = Array(repeating: 0, count: keys * 2)
        reasonCounts = Array(repeating: 0, count: keys * 2 * Self.reasons)
        histograms = Array(repeating: Self.unused, count: keys * 2)
        histogramUsed = Array(repeating: false, count: keys * 2)
        pending = Array(repeating: 0, count: keys * 2 * Self.batch)
        pendingCount = Array(repeating: 0, count: keys * 2)
        failuresByReason = Array(repeating: 0, count: Self.reasons)
        serviceWait = Array(repeating: WaitSummary(), count: services)
        serviceWaitLate = Array(repeating: WaitSummary(), count: services)
    }

    @inline(__always)
    mutating func success(key: Int, window: Int, latency: SimTime, measured: Bool) {
        succeeded += 1
        guard measured else { return }
        let cell = key * 2 + window
        requests[cell] += 1
        if !histogramUsed[cell] {
            histogramUsed[cell] = true
            histograms[cell] = LatencyHistogram(configuration: configuration)
        }
        let n = pendingCount[cell]
        pending[cell &* Self.batch &+ n] = latency.nanoseconds
        if n &+ 1 < Self.batch {
            pendingCount[cell] = n &+ 1
        } else {
            pendingCount[cell] = 0
            flush(cell)
        }
    }

    /// Records a full batch of `cell`'s pending values into its histogram.
    @inline(never)
    mutating func flush(_ cell: Int) {
        let values = pending
        Self.record(values, from: cell &* Self.batch, count: Self.batch, into: &histograms[cell])
    }

    /// Records `values[start ..< start + count]` into `histogram`, in order (one access to the
    /// histogram for the batch).
    @inline(__always)
    static func record(_ values: [Int64], from start: Int, count: Int, into histogram: inout LatencyHistogram) {
        for i in start..<(start &+ count) {
            histogram.record(SimTime(nanoseconds: values[i]))
        }
    }

    @inline(__always)
    mutating func failure(key: Int, window: Int, code: Int, measured: Bool) {
        failed += 1
        failuresByReason[code] += 1
        guard measured else { return }
        let cell = key * 2 + window
        requests[cell] += 1
        errors[cell] += 1
        reasonCounts[cell * Self.reasons + code] += 1
    }

    /// The row of one key and window.
    func row(key: Int, window: Int, from: String, to: String, service: String) -> PairLatency {
        let cell = key * 2 + window
        let start = cell * Self.reasons
        var latency: LatencyHistogram? = nil
        if histogramUsed[cell] {
            var histogram = histograms[cell]
            Self.record(pending, from: cell * Self.batch, count: pendingCount[cell], into: &histogram)
            latency = histogram
        }
        return PairLatency(fromRegion: from, toRegion: to, service: service, requests: requests[cell],
                          errors: errors[cell], errorsByReason: Array(reasonCounts[start..<(start + Self.reasons)]),
                          latency: latency)
    }
}

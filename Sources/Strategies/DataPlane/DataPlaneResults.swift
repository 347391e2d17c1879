import SimKernel

/// What one data-plane run measured: latency rows per (client region, service region,
/// service) in and out of fault windows, failures by reason, and the accounting that shows
/// nothing went missing.
///
/// Rows and per-reason counts cover requests that started after the warm-up; the
/// accounting totals (`generated`, `succeeded`, `failed`) cover every request.
public struct DataPlaneResults: Sendable {
    /// Which part of the run a request ended in.
    public enum Window: Sendable {
        /// Outside every fault window.
        case steady
        /// Inside at least one fault window (`DataPlaneFault.window`).
        case fault
    }

    /// Rows of requests that ended outside fault windows, in order of first appearance in
    /// the topology's demands.
    public var steady: [PairLatency]
    /// Rows of requests that ended inside a fault window (same keys and order).
    public var fault: [PairLatency]
    /// Requests generated, over the whole run (warm-up included).
    public var generated: Int
    /// Requests that succeeded, over the whole run.
    public var succeeded: Int
    /// Requests that failed, over the whole run (cut-offs included).
    public var failed: Int
    /// Requests still in flight (zero after `DataPlane.finish()`).
    public var inFlight: Int
    /// Failures over the whole run per reason, aligned with `RequestFailure.allCases`.
    public var failuresByReason: [Int]
    /// Time spent waiting for a free slot, per service (measured requests).
    public var serviceWait: [WaitSummary]
    /// The same, for requests started in the second half of the measured period (from
    /// warm-up end to the end of generation).
    public var serviceWaitLate: [WaitSummary]
    /// Events the data plane handled.
    public var events: UInt64

    /// Rows with both windows merged.
    public var all: [PairLatency] {
        zip(steady, fault).map { pair in
            var row = pair.0
            row.merge(pair.1)
            return row
        }
    }

    /// The rows of one window.
    public func rows(_ window: Window) -> [PairLatency] { window == .steady ? steady : fault }

    /// All rows of a window merged into one (its triple fields name the first row's).
    public func total(_ window: Window? = nil) -> PairLatency? {
        let rows = window.map { self.rows($0) } ?? all
        guard var total = rows.first else { return nil }
        for row in rows.dropFirst() { total.merge(row) }
        return total
    }

    /// Failures of one reason over the whole run.
    public func failures(_ failure: RequestFailure) -> Int { failuresByReason[failure.code] }
}

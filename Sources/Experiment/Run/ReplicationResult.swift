import Strategies

/// Everything one replication of one strategy produced, ready for the CSV files.
public struct ReplicationResult: Sendable {
    /// The `summary.csv` row.
    public var summary: SummaryRow
    /// The `timeseries.csv` rows (the control plane over simulated time).
    public var timeseries: [TimeseriesRow]
    /// The `latency.csv` rows (requests outside fault windows, after the warm-up).
    public var latency: [LatencyRow]
    /// The same, for requests that ended inside a fault window (empty without faults).
    public var faultLatency: [LatencyRow]
    /// Failures per plane and reason: request failures of the data plane, unreachable
    /// goals and quota refusals of the control plane.
    public var failures: [FailureRow]
    /// Wall-clock seconds the replication took (not written to CSV: it would break
    /// byte-identical output).
    public var wallSeconds: Double
    /// The run loop's events and times (`vpcsim bench dataplane`; not written to CSV).
    public var runLoop = RunLoopTiming()
    /// Each service's load under this design (scenario order): offered utilisation and
    /// whether its queue grew.
    public var loads: [ServiceLoad] = []
    /// The design's own report (`ConnectivityStrategy.report`), Markdown lines; empty for
    /// most designs.
    public var designReport: [String] = []
}

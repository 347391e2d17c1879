/// How long one replication's run loop took (the engine dispatching the control plane's and
/// the data plane's events, after both were built): what `vpcsim bench dataplane` reports.
/// Not written to CSV: it would break byte-identical output.
public struct RunLoopTiming: Sendable {
    /// Events the engine dispatched in the run loop.
    public var events: UInt64
    /// Wall-clock seconds of the run loop.
    public var wallSeconds: Double
    /// CPU seconds of the thread running it over the same span.
    public var cpuSeconds: Double

    public init(events: UInt64 = 0, wallSeconds: Double = 0, cpuSeconds: Double = 0) {
        self.events = events
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
    }

    /// Events per second of wall time.
    public var eventsPerSecond: Double { Double(events) / wallSeconds }
    /// Events per second of CPU time.
    public var eventsPerCPUSecond: Double { Double(events) / cpuSeconds }
}

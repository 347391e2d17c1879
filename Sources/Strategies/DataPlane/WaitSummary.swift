/// How long requests waited in line for a free slot of an instance of one service
/// (measured requests only).
public struct WaitSummary: Equatable, Sendable {
    /// Requests that reached service.
    public private(set) var count = 0
    /// Of them, those that had to wait at all.
    public private(set) var waited = 0
    /// Sum of the waits, seconds.
    public private(set) var total: Double = 0
    /// The longest wait, seconds.
    public private(set) var max: Double = 0

    /// An empty summary.
    public init() {}

    /// Mean wait, seconds (zero when nothing was served).
    public var mean: Double { count == 0 ? 0 : total / Double(count) }

    /// Share of requests that waited.
    public var waitedShare: Double { count == 0 ? 0 : Double(waited) / Double(count) }

    /// Adds one wait, in nanoseconds.
    @inline(__always)
    mutating func add(nanoseconds: Int64) {
        count += 1
        guard nanoseconds > 0 else { return }
        waited += 1
        let seconds = Double(nanoseconds) * 1e-9
        total += seconds
        if seconds > max { max = seconds }
    }

    /// Adds another summary (another replication or window).
    public mutating func merge(_ other: WaitSummary) {
        count += other.count
        waited += other.waited
        total += other.total
        max = Swift.max(max, other.max)
    }
}

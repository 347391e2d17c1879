/// A point or span of simulated time, as an integer count of nanoseconds.
///
/// Integer time keeps runs deterministic on every machine: there is no rounding that
/// depends on the order of additions. 2^63 ns is about 292 years, far past any horizon.
public struct SimTime: Hashable, Comparable, Sendable, Codable {
    /// Nanoseconds since time zero (an instant) or in the span (a duration).
    public var nanoseconds: Int64

    @inlinable public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    public static let zero = SimTime(nanoseconds: 0)
    /// Later than every time a simulation can reach; "run until the queue drains".
    public static let never = SimTime(nanoseconds: .max)

    public static let nanosecondsPerMicrosecond: Int64 = 1_000
    public static let nanosecondsPerMillisecond: Int64 = 1_000_000
    public static let nanosecondsPerSecond: Int64 = 1_000_000_000

    @inlinable public static func seconds(_ s: Double) -> SimTime {
        SimTime(nanoseconds: Int64((s * 1e9).rounded()))
    }
    @inlinable public static func milliseconds(_ ms: Double) -> SimTime {
        SimTime(nanoseconds: Int64((ms * 1e6).rounded()))
    }

    /// The span in seconds, for reporting.
    @inlinable public var seconds: Double { Double(nanoseconds) / 1e9 }
    /// The span in milliseconds, for reporting.
    @inlinable public var milliseconds: Double { Double(nanoseconds) / 1e6 }

    @inlinable public static func < (a: SimTime, b: SimTime) -> Bool { a.nanoseconds < b.nanoseconds }
    @inlinable public static func + (a: SimTime, b: SimTime) -> SimTime {
        SimTime(nanoseconds: a.nanoseconds &+ b.nanoseconds)
    }
    @inlinable public static func - (a: SimTime, b: SimTime) -> SimTime {
        SimTime(nanoseconds: a.nanoseconds &- b.nanoseconds)
    }
    @inlinable public static func += (a: inout SimTime, b: SimTime) { a = a + b }
}

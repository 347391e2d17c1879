/// The time average of a piecewise-constant signal, such as a queue length or the number of
/// busy servers: each value counts for as long as it was held.
///
/// Record each change with `record(_:at:)`; the average over [start, end] is the integral of
/// the signal divided by `end - start`. Times never go backwards (a simulation clock).
public struct TimeWeightedAverage: Hashable, Sendable {
    /// Where the averaging window begins.
    public private(set) var start: SimTime
    /// When the signal last changed.
    public private(set) var lastChange: SimTime
    /// The value held since `lastChange`.
    public private(set) var current: Double
    /// The largest value held within the window.
    public private(set) var maximum: Double
    /// The integral of the signal from `start` to `lastChange`, in value × nanoseconds.
    private var area: Double = 0

    /// A signal holding `value` from `start` on.
    public init(value: Double = 0, at start: SimTime = .zero) {
        self.start = start
        self.lastChange = start
        self.current = value
        self.maximum = value
    }

    /// The signal changes to `value` at `time` (not before the previous change: this is
    /// a programming error in the caller, not bad input, and stops the program).
    public mutating func record(_ value: Double, at time: SimTime) {
        precondition(time >= lastChange, "TimeWeightedAverage: time went backwards (\(time) < \(lastChange))")
        area += current * Double((time - lastChange).nanoseconds)
        lastChange = time
        current = value
        if value > maximum { maximum = value }
    }

    /// The integral of the signal from `start` to `end`, in value × seconds.
    public func integral(until end: SimTime) -> Double {
        precondition(end >= lastChange, "TimeWeightedAverage: asked about \(end), before the last change at \(lastChange)")
        return (area + current * Double((end - lastChange).nanoseconds)) / 1e9
    }

    /// The time average over [`start`, `end`]; the current value when the window is empty.
    public func mean(until end: SimTime) -> Double {
        let span = (end - start).nanoseconds
        guard span > 0 else { return current }
        return integral(until: end) * 1e9 / Double(span)
    }

    /// Forgets the history before `time` (the end of a warm-up), keeping the current value.
    public mutating func restart(at time: SimTime) {
        record(current, at: time)
        start = time
        area = 0
        maximum = current
    }
}

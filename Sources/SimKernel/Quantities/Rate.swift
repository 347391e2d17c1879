/// A rate of events, remembered in the unit it was written in so it prints back exactly.
///
/// `count` is a double: rates are real numbers (`0.5/h`) and never become simulated time
/// directly; an arrival process turns them into exponential gaps.
public struct Rate: Hashable, Sendable {
    /// The unit a rate is written in.
    public enum Unit: String, Sendable, CaseIterable {
        case perSecond = "/s", perMinute = "/m", perHour = "/h"

        /// The unit's length in seconds.
        public var seconds: Double {
            switch self {
            case .perSecond: return 1
            case .perMinute: return 60
            case .perHour: return 3600
            }
        }
    }

    /// Events per `unit`.
    public var count: Double
    /// The unit `count` is expressed in.
    public var unit: Unit
    public init(count: Double, unit: Unit) { self.count = count; self.unit = unit }

    /// Events per second.
    public var perSecond: Double {
        switch unit {
        case .perSecond: return count
        case .perMinute: return count / 60
        case .perHour: return count / 3600
        }
    }

    /// The mean time between events, rounded to whole nanoseconds; nil for a zero rate (no
    /// events at all) or one so slow that the interval exceeds `Int64.max` nanoseconds.
    public var meanInterval: SimTime? {
        guard perSecond > 0 else { return nil }
        let nanoseconds = (1e9 / perSecond).rounded()
        guard nanoseconds < 9.2e18 else { return nil }
        return SimTime(nanoseconds: Int64(nanoseconds))
    }
}

extension Rate: CustomStringConvertible {
    /// `200/s`, `0.5/h`: the count as a plain decimal with the shortest digits that read back
    /// as the same double, then the unit it was written in.
    public var description: String { DecimalFormatting.plain(count) + unit.rawValue }
}

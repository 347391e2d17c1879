import Histogram

/// HdrHistogram's precision type, named apart from `LatencyHistogram.Configuration.SignificantDigits`.
private typealias HdrSignificantDigits = SignificantDigits

/// A distribution of latencies (durations) in bounded memory: an HdrHistogram with a fixed
/// resolution and range, plus exact count, mean, minimum and maximum.
///
/// Values are kept in units of `resolution` (1 µs by default) with `significantDigits` of
/// relative precision: a quantile is within `resolution + value × 10^-digits` of the exact
/// one. Nothing is lost silently: a value below the resolution is recorded as the lowest
/// bucket and counted in `belowRange`; one above `highest` is recorded as `highest` and
/// counted in `aboveRange` (the exact `maximum` and `mean` still include it).
///
/// Memory: the counts array has (buckets + 1) × 2^(ceil(log2(2 × 10^digits)) - 1) slots of
/// 8 bytes. For the default 1 µs .. 1 h range that is about 185 KiB at 3 digits and
/// 26 KiB at 2 digits (`estimatedFootprintBytes`). The data plane holds one per (source
/// region, destination region, service, strategy, replication): prefer 2 digits when there
/// are thousands.
public struct LatencyHistogram: Sendable, Equatable {
    /// The precision and range of a histogram; histograms merge only with equal ones.
    public struct Configuration: Hashable, Sendable {
        /// Relative precision of recorded values.
        public enum SignificantDigits: Int, Sendable, Hashable, CaseIterable {
            case two = 2, three = 3
        }
        /// The smallest distinguishable step, and the lowest value recorded.
        public let resolution: SimTime
        /// The largest value recorded; larger ones are clamped to it.
        public let highest: SimTime
        public let significantDigits: SignificantDigits

        /// Nil unless 0 < resolution and highest >= 2 × resolution.
        public init?(resolution: SimTime = SimTime(nanoseconds: 1_000),
                     highest: SimTime = SimTime(nanoseconds: 3_600 * 1_000_000_000),
                     significantDigits: SignificantDigits = .three) {
            guard resolution.nanoseconds > 0, highest.nanoseconds / resolution.nanoseconds >= 2 else { return nil }
            self.resolution = resolution
            self.highest = highest
            self.significantDigits = significantDigits
        }

        /// 1 µs .. 1 h at 3 significant digits.
        public static let standard = Configuration()!
        /// 1 µs .. 1 h at 2 significant digits: a seventh of the memory.
        public static let compact = Configuration(significantDigits: .two)!

        var highestUnits: Int64 { highest.nanoseconds / resolution.nanoseconds }
    }

    public let configuration: Configuration
    private var histogram: Histogram<UInt64>
    /// How many values were recorded.
    public private(set) var count: Int = 0
    /// How many were below `resolution` and recorded as the lowest value.
    public private(set) var belowRange: Int = 0
    /// How many were above `highest` and recorded as `highest`.
    public private(set) var aboveRange: Int = 0
    private var sumNanoseconds: Double = 0
    /// The smallest value recorded, exactly (`SimTime.never` when empty).
    public private(set) var minimum: SimTime = .never
    /// The largest value recorded, exactly, even when above the range (zero when empty).
    public private(set) var maximum: SimTime = .zero

    public init(configuration: Configuration = .standard) {
        self.configuration = configuration
        let digits: HdrSignificantDigits =
            configuration.significantDigits == .two ? .two : .three
        histogram = Histogram<UInt64>(lowestDiscernibleValue: 1,
                                      highestTrackableValue: UInt64(configuration.highestUnits),
                                      numberOfSignificantValueDigits: digits)
    }

    /// Records one latency.
    public mutating func record(_ latency: SimTime) {
        var units = latency.nanoseconds / configuration.resolution.nanoseconds
        if units < 1 {
            units = 1
            belowRange += 1
        } else if units > configuration.highestUnits {
            units = configuration.highestUnits
            aboveRange += 1
        }
        histogram.record(UInt64(units))
        count += 1
        sumNanoseconds += Double(latency.nanoseconds)
        if latency < minimum { minimum = latency }
        if latency > maximum { maximum = latency }
    }

    /// Adds `other`'s values, as if they had been recorded here. Both must have the same
    /// configuration (a programming error otherwise).
    public mutating func merge(_ other: LatencyHistogram) {
        precondition(configuration == other.configuration,
                     "LatencyHistogram.merge: configurations differ (\(configuration) vs \(other.configuration))")
        histogram.add(other.histogram)
        count += other.count
        belowRange += other.belowRange
        aboveRange += other.aboveRange
        sumNanoseconds += other.sumNanoseconds
        if other.minimum < minimum { minimum = other.minimum }
        if other.maximum > maximum { maximum = other.maximum }
    }

    /// The exact mean of the recorded values in nanoseconds (not of their buckets); nil when empty.
    public var meanNanoseconds: Double? { count == 0 ? nil : sumNanoseconds / Double(count) }

    /// The exact mean in milliseconds; nil when empty.
    public var meanMilliseconds: Double? { meanNanoseconds.map { $0 / 1e6 } }

    /// The p-quantile (p in [0, 1]): the highest value equivalent, at the histogram's
    /// precision, to the recorded value of rank ceil(p × count); zero when empty.
    public func quantile(_ p: Double) -> SimTime {
        guard count > 0 else { return .zero }
        let percentile = Swift.min(Swift.max(p.isNaN ? 0 : p, 0), 1) * 100
        let units = histogram.valueAtPercentile(percentile)
        return SimTime(nanoseconds: Int64(units) * configuration.resolution.nanoseconds)
    }

    /// `quantile(p)` in milliseconds.
    public func quantileMilliseconds(_ p: Double) -> Double { quantile(p).milliseconds }

    /// An upper estimate of the memory the histogram holds, in bytes.
    public var estimatedFootprintBytes: Int { histogram.estimatedFootprintInBytes }

    public static func == (a: LatencyHistogram, b: LatencyHistogram) -> Bool {
        a.configuration == b.configuration && a.histogram == b.histogram && a.count == b.count
            && a.belowRange == b.belowRange && a.aboveRange == b.aboveRange
            && a.sumNanoseconds == b.sumNanoseconds && a.minimum == b.minimum && a.maximum == b.maximum
    }
}

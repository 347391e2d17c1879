/// A distribution of latencies (durations) in bounded memory: a log-linear histogram (the
/// bucket layout of HdrHistogram) whose counts cover only the values seen so far, plus the
/// exact count, mean, minimum and maximum.
///
/// **Precision.** Values are kept in units of `resolution` (1 ns by default, SimTime's own
/// unit, so nothing is rounded on the way in). Below 2^(b+1) units every value has its own
/// bucket; above, each doubling of the value is split into 2^b buckets of equal width, with
/// b = 10 at three significant digits (1,024 buckets per doubling) and 7 at two. A bucket is
/// then at most 2^-b of its lowest value wide, and a quantile is reported as the **midpoint**
/// of the bucket holding the recorded value of rank ceil(p × count) (not its top, as
/// HdrHistogram's `valueAtPercentile` does, which biases every percentile upwards): the
/// reported value is within `relativeError` = 2^-(b+1) of that recorded value, 0.049 % at
/// three digits (0.39 % at two), plus one `resolution` when it is coarser than 1 ns. The
/// lowest and highest ranks report the exact minimum and maximum.
///
/// Nothing is lost silently: a value below the resolution is recorded as the lowest bucket
/// and counted in `belowRange`; one above `highest` is recorded as `highest` and counted in
/// `aboveRange` (the exact `maximum` and `mean` still include it).
///
/// **Memory.** The counts are 4-byte integers for a window of buckets holding every value
/// recorded: the span from the smallest value's bucket to the largest's (1,024 buckets, 4 KiB,
/// per doubling at three digits) plus growth slack, since a window starts at 512 buckets and
/// grows on one side by a quarter of its size or 512 buckets, whichever is more (or to the
/// new value, if farther): at most max(2 × span, span + 1,024) buckets. A region pair whose
/// round trips span 60–400 ms (2.7 doublings, about 2,800 buckets) holds 11–23 KiB. The hard
/// bound is every bucket of the range, `Configuration.bucketCount` × 4 bytes: 33,421
/// buckets, 130.6 KiB, for the default 1 ns .. 1 h at three digits (HdrHistogram's fixed
/// 1 µs .. 1 h array at three digits took about 185 KiB). `estimatedFootprintBytes` gives a
/// histogram's figure. The data plane holds one per (source region, destination region,
/// service, window) of a replication.
public struct LatencyHistogram: Sendable, Equatable {
    /// The precision and range of a histogram; histograms merge only with equal ones.
    public struct Configuration: Hashable, Sendable {
        /// Relative precision of recorded values.
        public enum SignificantDigits: Int, Sendable, Hashable, CaseIterable {
            case two = 2, three = 3

            /// log2 of the buckets per doubling: the smallest power of two ≥ 10^digits.
            var subBucketBits: Int { self == .three ? 10 : 7 }
        }
        /// The smallest distinguishable step, and the lowest value recorded.
        public let resolution: SimTime
        /// The largest value recorded; larger ones are clamped to it.
        public let highest: SimTime
        public let significantDigits: SignificantDigits

        /// Nil unless 0 < resolution and highest >= 2 × resolution.
        public init?(resolution: SimTime = SimTime(nanoseconds: 1),
                     highest: SimTime = SimTime(nanoseconds: 3_600 * 1_000_000_000),
                     significantDigits: SignificantDigits = .three) {
            guard resolution.nanoseconds > 0, highest.nanoseconds / resolution.nanoseconds >= 2 else { return nil }
            self.resolution = resolution
            self.highest = highest
            self.significantDigits = significantDigits
        }

        /// 1 ns .. 1 h at 3 significant digits: quantiles within 0.049 %.
        public static let standard = Configuration()!
        /// 1 ns .. 1 h at 2 significant digits: quantiles within 0.39 %, an eighth of the
        /// memory. Never chosen automatically.
        public static let compact = Configuration(significantDigits: .two)!

        /// The largest relative distance between a reported quantile and the recorded value
        /// of its rank (above the resolution): half a bucket, 2^-(b+1).
        public var relativeError: Double { 1 / Double(1 << (significantDigits.subBucketBits + 1)) }

        /// Buckets in the whole range, the most a histogram ever holds.
        public var bucketCount: Int { bucketIndex(units: highestUnits) + 1 }

        var highestUnits: Int64 { highest.nanoseconds / resolution.nanoseconds }

        /// The bucket of a value of `units` (≥ 0) resolution units.
        @inline(__always)
        func bucketIndex(units: Int64) -> Int {
            let b = significantDigits.subBucketBits
            let u = UInt64(units)
            if u < (1 as UInt64) << (b + 1) { return Int(u) }
            let shift = (63 - u.leadingZeroBitCount) - b
            return (shift << b) + Int(u >> UInt64(shift))
        }

        /// The lowest value, in units, of bucket `index`, and the bucket's width in units.
        func bucketRange(_ index: Int) -> (lowest: Int64, width: Int64) {
            let b = significantDigits.subBucketBits
            if index < 1 << (b + 1) { return (Int64(index), 1) }
            let shift = (index >> b) - 1
            let sub = index - (shift << b)
            return (Int64(sub) << Int64(shift), Int64(1) << Int64(shift))
        }

        /// The value, in units, that stands for bucket `index`: its midpoint (the value
        /// itself for a bucket one unit wide).
        func representativeUnits(_ index: Int) -> Int64 {
            let (lowest, width) = bucketRange(index)
            return lowest + width / 2
        }
    }

    public let configuration: Configuration
    /// Counts of buckets `offset ..< offset + counts.count` (empty before the first record).
    private var counts: [UInt32] = []
    private var offset = 0
    /// For the rare bucket whose count passed UInt32.max: how many times it wrapped.
    private var wraps: [Int: UInt64] = [:]
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

    /// The smallest window of buckets a histogram allocates, and the least it grows by.
    static let minimumWindow = 512

    public init(configuration: Configuration = .standard) {
        self.configuration = configuration
    }

    /// Records one latency.
    @inline(__always)
    public mutating func record(_ latency: SimTime) {
        // 1 ns, the default resolution, needs no 64-bit division (tens of cycles per record).
        // Nor a division for the highest units (at 1 ns they are the highest value's ns).
        let resolution = configuration.resolution.nanoseconds
        var units: Int64
        let highestUnits: Int64
        if resolution == 1 {
            units = latency.nanoseconds
            highestUnits = configuration.highest.nanoseconds
        } else {
            units = latency.nanoseconds / resolution
            highestUnits = configuration.highestUnits
        }
        if units < 1 {
            units = 1
            belowRange += 1
        } else if units > highestUnits {
            units = highestUnits
            aboveRange += 1
        }
        add(bucket: configuration.bucketIndex(units: units), UInt64(1))
        count += 1
        sumNanoseconds += Double(latency.nanoseconds)
        if latency < minimum { minimum = latency }
        if latency > maximum { maximum = latency }
    }

    /// Adds `amount` to one bucket, growing the window to hold it.
    @inline(__always)
    private mutating func add(bucket index: Int, _ amount: UInt64) {
        var slot = index &- offset
        if slot < 0 || slot >= counts.count {
            grow(toInclude: index)
            slot = index - offset
        }
        let (sum, carried) = counts[slot].addingReportingOverflow(UInt32(truncatingIfNeeded: amount))
        counts[slot] = sum
        let high = (amount >> 32) + (carried ? 1 : 0)
        if high > 0 { wraps[index, default: 0] += high }
    }

    /// Widens the window of counts to hold bucket `index`: on that side by a quarter of its
    /// size or `minimumWindow` buckets, whichever is more, or to `index` if farther; within
    /// the configuration's range.
    @inline(never)
    private mutating func grow(toInclude index: Int) {
        let last = configuration.bucketCount - 1
        guard !counts.isEmpty else {
            offset = Swift.max(0, Swift.min(index - Self.minimumWindow / 2, last + 1 - Self.minimumWindow))
            counts = Array(repeating: 0, count: Swift.min(Self.minimumWindow, last + 1 - offset))
            return
        }
        let step = Swift.max(Self.minimumWindow, counts.count / 4)
        var low = offset, high = offset + counts.count - 1
        if index < low { low = Swift.max(0, Swift.min(index, low - step)) }
        if index > high { high = Swift.min(last, Swift.max(index, high + step)) }
        var grown = [UInt32](repeating: 0, count: high - low + 1)
        let shift = offset - low
        for (i, c) in counts.enumerated() where c != 0 { grown[i + shift] = c }
        counts = grown
        offset = low
    }

    /// The count of bucket `index`.
    private func countIn(bucket index: Int) -> UInt64 {
        let slot = index - offset
        let low = slot >= 0 && slot < counts.count ? UInt64(counts[slot]) : 0
        return wraps.isEmpty ? low : low + ((wraps[index] ?? 0) << 32)
    }

    /// The buckets that hold values: from the smallest value's to the largest's.
    private var usedBuckets: ClosedRange<Int>? {
        guard count > 0 else { return nil }
        return configuration.bucketIndex(units: clampedUnits(minimum))...configuration.bucketIndex(units: clampedUnits(maximum))
    }

    private func clampedUnits(_ t: SimTime) -> Int64 {
        Swift.min(Swift.max(t.nanoseconds / configuration.resolution.nanoseconds, 1), configuration.highestUnits)
    }

    /// Adds `other`'s values, as if they had been recorded here. Both must have the same
    /// configuration (a programming error otherwise).
    public mutating func merge(_ other: LatencyHistogram) {
        precondition(configuration == other.configuration,
                     "LatencyHistogram.merge: configurations differ (\(configuration) vs \(other.configuration))")
        if let used = other.usedBuckets {
            for index in used {
                let c = other.countIn(bucket: index)
                if c > 0 { add(bucket: index, c) }
            }
        }
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

    /// The rank, from 1, of the p-quantile among `count` values: ceil(p × count), at least 1
    /// (the nearest-rank definition). A product a rounding error above a whole number counts
    /// as that number (0.9 × 100,000 is 90,000, not 90,001).
    static func rank(_ p: Double, count: Int) -> Int {
        let q = Swift.min(Swift.max(p.isNaN ? 0 : p, 0), 1)
        let exact = q * Double(count)
        let nearest = exact.rounded()
        let r = abs(exact - nearest) <= 1e-9 * Swift.max(1, exact) ? nearest : exact.rounded(.up)
        return Swift.min(Swift.max(Int(r), 1), count)
    }

    /// The p-quantile (p in [0, 1]): the midpoint of the bucket holding the recorded value of
    /// rank ceil(p × count), kept within the exact minimum and maximum (which the lowest and
    /// highest ranks report); zero when empty. Within `configuration.relativeError` of that
    /// recorded value (plus one resolution step when coarser than 1 ns).
    public func quantile(_ p: Double) -> SimTime {
        guard count > 0, let used = usedBuckets else { return .zero }
        let rank = Self.rank(p, count: count)
        if rank == 1 { return minimum }
        if rank == count { return maximum }
        var seen: UInt64 = 0
        var bucket = used.upperBound
        for index in used {
            seen += countIn(bucket: index)
            if seen >= UInt64(rank) { bucket = index; break }
        }
        let value = SimTime(nanoseconds: configuration.representativeUnits(bucket) * configuration.resolution.nanoseconds)
        return Swift.min(Swift.max(value, minimum), maximum)
    }

    /// `quantile(p)` in milliseconds.
    public func quantileMilliseconds(_ p: Double) -> Double { quantile(p).milliseconds }

    /// The memory the histogram holds, in bytes: its fields, the counts array's capacity
    /// and the (normally empty) table of wrapped counts.
    public var estimatedFootprintBytes: Int {
        MemoryLayout<LatencyHistogram>.size + counts.capacity * MemoryLayout<UInt32>.stride + wraps.count * 32
    }

    public static func == (a: LatencyHistogram, b: LatencyHistogram) -> Bool {
        guard a.configuration == b.configuration, a.count == b.count, a.belowRange == b.belowRange,
              a.aboveRange == b.aboveRange, a.sumNanoseconds == b.sumNanoseconds,
              a.minimum == b.minimum, a.maximum == b.maximum else { return false }
        guard let used = a.usedBuckets else { return true }
        return used.allSatisfy { a.countIn(bucket: $0) == b.countIn(bucket: $0) }
    }
}

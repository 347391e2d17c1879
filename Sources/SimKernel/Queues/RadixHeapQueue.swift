/// A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, 1990) over integer nanosecond times:
/// the default queue, built for discrete-event workloads whose time never goes backwards.
///
/// Events sit in buckets keyed by how their time differs from `last`, the time of the most
/// recent minimum. Bucket 0 holds events at exactly `last`. The others are indexed by a
/// (level, digit) pair of the time written in base 16: the level is the highest hex digit in
/// which the time differs from `last`, the digit is the time's value there (a multi-level
/// radix heap, as in Ahuja et al.'s two-level variant). A push is an append to one bucket.
/// A pop takes from bucket 0; when it is empty, the lowest non-empty bucket (first set bit
/// of a 256-bit occupancy mask) is scanned for its minimum, `last` moves there, and its
/// events are redistributed into strictly lower levels. An event therefore moves at most
/// 16 times in its life and usually two or three (half as often as with one bucket per
/// bit, which profiling showed to dominate); all moves are sequential memory traffic,
/// which is why it stays fast at a million pending events where heaps chase pointers
/// across the whole array.
///
/// Why not a calendar queue: ns-3's `CalendarScheduler` (Brown, 1988) keeps sorted linked
/// lists per bucket, caps the bucket count at 32,768, and re-estimates the bucket width from
/// the gaps between only the first 25 events at every resize. At a million events each
/// bucket holds about 30 list nodes, inserts walk them, and a skewed head of the queue gives
/// a width that fits the head but not the bulk, so it degrades towards O(n) per operation.
/// A radix heap has no width to tune.
///
/// Peeking: `minTime()` has to move `last` forward to find the minimum, after which the
/// model may still push an event between the last popped time and the new `last` (the
/// simulator peeks to stop at an end time, then the model schedules before it). Such events
/// are earlier than everything in the buckets, so they wait in a small sorted `front`
/// buffer that pops first. Normal runs never use it; its cost is one emptiness check.
///
/// Ties: bucket order is not insertion order (redistribution mixes old and new events), so
/// when bucket 0 is refilled by a redistribution its events are sorted by sequence. Events
/// pushed later at the same time carry larger sequence numbers and are appended behind them.
public final class RadixHeapQueue: EventQueue {
    public static let name = EventQueueKind.radixHeap.rawValue

    /// Bits per radix digit: each level of buckets splits on one digit of the time.
    @usableFromInline static var digitBits: Int { 4 }
    @usableFromInline static var radix: Int { 1 << digitBits }
    @usableFromInline static var levels: Int { 64 / digitBits }
    /// Bucket 0 plus one bucket per (level, digit).
    @usableFromInline static var bucketCount: Int { 1 + levels * radix }
    @usableFromInline static var maskWords: Int { (levels * radix + 63) / 64 }

    /// The buckets; index 0 is read from `headOfZero` onwards.
    @usableFromInline var buckets: UnsafeMutablePointer<UnsafeGrowableBuffer<Event>>
    /// Bit i set when bucket i+1 is non-empty (bucket 0 is tracked by its count).
    @usableFromInline var occupied: UnsafeMutablePointer<UInt64>
    /// Events of bucket 0 already handed out.
    @usableFromInline var headOfZero = 0
    /// The time of the last minimum found; every event in the buckets is at or after it.
    @usableFromInline var last: UInt64 = 0
    /// The time of the last event popped: no push may be earlier.
    @usableFromInline var floor: UInt64 = 0
    /// Events pushed earlier than `last` (after a peek), sorted latest first, so the
    /// earliest is at the end.
    @usableFromInline var front = UnsafeGrowableBuffer<Event>(capacity: 4)
    @usableFromInline var size = 0

    public init() {
        buckets = .allocate(capacity: Self.bucketCount)
        for b in 0..<Self.bucketCount {
            (buckets + b).initialize(to: UnsafeGrowableBuffer<Event>(capacity: 4))
        }
        occupied = .allocate(capacity: Self.maskWords)
        occupied.initialize(repeating: 0, count: Self.maskWords)
    }

    deinit {
        for b in 0..<Self.bucketCount { buckets[b].free() }
        front.free()
        buckets.deinitialize(count: Self.bucketCount)
        buckets.deallocate()
        occupied.deallocate()
    }

    @inlinable public var count: Int { size }

    public func reserveCapacity(_ capacity: Int) {}

    /// The bucket an event at `time` belongs in relative to `base` (the current `last`):
    /// 0 when equal, else 1 + level·radix + digit, where level is the digit position of the
    /// highest bit in which they differ and digit is the time's digit there. Bucket order
    /// is time order: every event in a lower bucket is earlier.
    @inlinable @inline(__always)
    static func bucketIndex(_ time: UInt64, base: UInt64) -> Int {
        let x = time ^ base
        if x == 0 { return 0 }
        let level = (63 &- x.leadingZeroBitCount) / digitBits
        let digit = Int(truncatingIfNeeded: time >> UInt64(level &* digitBits)) & (radix &- 1)
        return 1 &+ level &* radix &+ digit
    }

    @inlinable @inline(__always)
    func markOccupied(_ bucket: Int) {
        let i = bucket &- 1
        occupied[i >> 6] |= 1 &<< UInt64(i & 63)
    }

    /// The lowest non-empty bucket above 0 (the queue must hold such a bucket).
    @inlinable @inline(__always)
    func lowestOccupied() -> Int {
        var w = 0
        while occupied[w] == 0 { w &+= 1 }
        return 1 &+ (w << 6) &+ occupied[w].trailingZeroBitCount
    }

    @inlinable public func push(_ event: Event) {
        let time = UInt64(bitPattern: event.time)
        precondition(time >= floor && event.time >= 0,
                     "radix heap: event at \(event.time) ns is earlier than the last popped \(floor) ns")
        if time < last {
            pushFront(event)
            return
        }
        let b = Self.bucketIndex(time, base: last)
        buckets[b].append(event)
        if b != 0 { markOccupied(b) }
        size &+= 1
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
    }

    @inlinable public func popMin() -> Event? {
        guard size > 0 else { return nil }
        if front.count > 0 {
            front.count &-= 1
            size &-= 1
            let event = front.base[front.count]
            floor = UInt64(bitPattern: event.time)
            return event
        }
        if headOfZero == buckets[0].count { refillBucketZero() }
        let event = buckets[0].base[headOfZero]
        floor = last
        headOfZero &+= 1
        size &-= 1
        if headOfZero == buckets[0].count {
            buckets[0].removeAll()
            headOfZero = 0
        }
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
        return event
    }

    @inlinable public func minTime() -> Int64? {
        guard size > 0 else { return nil }
        if front.count > 0 { return front.base[front.count &- 1].time }
        if headOfZero == buckets[0].count { refillBucketZero() }
        return buckets[0].base[headOfZero].time
    }

    /// Inserts an event earlier than `last` into the sorted front buffer.
    @usableFromInline @inline(never)
    func pushFront(_ event: Event) {
        front.append(event)
        let base = front.base
        var j = front.count &- 1
        while j > 0 && base[j &- 1].precedes(event) {
            base[j] = base[j &- 1]
            j &-= 1
        }
        base[j] = event
        size &+= 1
    }

    /// Moves `last` to the minimum of the lowest non-empty bucket and redistributes that
    /// bucket into strictly lower ones; afterwards bucket 0 holds every event at the new
    /// minimum time, in sequence order. Requires bucket 0 and the front buffer empty and
    /// the queue non-empty.
    @usableFromInline @inline(never)
    func refillBucketZero() {
        headOfZero = 0
        buckets[0].removeAll()
        let b = lowestOccupied()
        let source = buckets[b]
        var minimum = UInt64.max
        for i in 0..<source.count {
            let t = UInt64(bitPattern: source.base[i].time)
            if t < minimum { minimum = t }
        }
        last = minimum
        // Locals throughout: stores through `buckets` could alias `self` as far as the
        // optimiser knows, which would force a reload of every property per event.
        let buckets = self.buckets
        let occupied = self.occupied
        let clear = b &- 1
        occupied[clear >> 6] &= ~(1 &<< UInt64(clear & 63))
        for i in 0..<source.count {
            let event = source.base[i]
            let target = Self.bucketIndex(UInt64(bitPattern: event.time), base: minimum)
            buckets[target].append(event)
            if target != 0 {
                let j = target &- 1
                occupied[j >> 6] |= 1 &<< UInt64(j & 63)
            }
        }
        // A redistributed bucket is usually a large one that will not fill again soon:
        // return memory above 2 MiB (a million pending events then take about 60 MiB
        // instead of 120; smaller thresholds cost speed in page faults).
        buckets[b].removeAllReleasingLargeStorage(above: 1 << 16)
        if buckets[0].count > 1 { sortBucketZeroBySequence() }
    }

    /// Restores insertion order among events at the same time (insertion sort: bucket 0 is
    /// almost always tiny and nearly sorted; a large one comes from a burst at one instant).
    @usableFromInline func sortBucketZeroBySequence() {
        let base = buckets[0].base
        let n = buckets[0].count
        if n > 32 {
            var all = UnsafeMutableBufferPointer(start: base, count: n)
            all.sort { $0.sequence < $1.sequence }
            return
        }
        var i = 1
        while i < n {
            let e = base[i]
            var j = i
            while j > 0 && base[j &- 1].sequence > e.sequence {
                base[j] = base[j &- 1]
                j &-= 1
            }
            base[j] = e
            i &+= 1
        }
    }
}

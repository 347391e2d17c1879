import CGSL

/// A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, 1990) over integer nanosecond times:
/// the default queue, built for discrete-event workloads whose time never goes backwards.
///
/// Events sit in buckets keyed by how their time differs from `last`, a time at or before
/// every bucketed event. The buckets are indexed by a (level, digit) pair of the time
/// written in base 256: the level is the highest byte in which the time differs from
/// `last`, the digit is the time's value in that byte (a multi-level radix heap, as in
/// Ahuja et al.'s two-level variant). Bucket order is time order: every event in a lower
/// bucket is earlier than every event in a higher one. A push is an append to one bucket.
///
/// The earliest events wait in `run`, a short array sorted by (time, sequence) that pops
/// from its head. When it is empty, the lowest non-empty bucket (first set bit of a
/// 2048-bit occupancy mask) refills it:
///
/// - a small bucket (at most `smallBucket` events, the common case: the next events are
///   spread thin in time) becomes the run as it is, sorted by insertion, in place; `last`
///   does not move, and later pushes that fall in that bucket's time range are inserted
///   into the run in order. With few events pending the run then works as a short sorted
///   list; a run grown past `spillLength` by insertions in its middle (a burst scheduled out
///   of order close to the present) goes back into the buckets relative to its minimum;
/// - a large one is redistributed: `last` moves to its minimum and its events move into
///   strictly lower buckets, those at the minimum into the run. An event therefore moves
///   at most 8 times in its life and usually once or twice; all moves are sequential
///   memory traffic, which is why it stays fast at a million pending events where heaps
///   chase pointers across the whole array.
///
/// So a pop is usually an index increment, and a refill serves several pops. Events pushed
/// earlier than `last` (the simulator peeks at the next time to stop at an end time, the
/// peek may move `last`, then the model schedules before it) are earlier than everything
/// bucketed, so they too are inserted into the run.
///
/// Digits of 8 bits rather than 4 halve the moves per event (about 12 % faster per event
/// through the engine at 10^3 and 10^6 pending events, 4 % slower at 10^5, and faster on
/// the data plane); a 2048-bucket table (48 KiB of headers, 256 KiB of initial storage) is
/// the price.
///
/// Why not a calendar queue: ns-3's `CalendarScheduler` (Brown, 1988) keeps sorted linked
/// lists per bucket, caps the bucket count at 32,768, and re-estimates the bucket width from
/// the gaps between only the first 25 events at every resize. At a million events each
/// bucket holds about 30 list nodes, inserts walk them, and a skewed head of the queue gives
/// a width that fits the head but not the bulk, so it degrades towards O(n) per operation.
/// A radix heap has no width to tune.
///
/// Ties: bucket order is not insertion order (redistribution mixes old and new events), so
/// the run is sorted by time, then sequence. Events pushed later at the same time carry
/// larger sequence numbers and are inserted behind them.
public final class RadixHeapQueue: EventQueue {
    public static let name = EventQueueKind.radixHeap.rawValue

    /// Bits per radix digit: each level of buckets splits on one digit of the time.
    @usableFromInline static var digitBits: Int { 8 }
    @usableFromInline static var radix: Int { 1 << digitBits }
    @usableFromInline static var levels: Int { 64 / digitBits }
    /// Index 0 (unused: events at `last` go to the run) plus one bucket per (level, digit).
    @usableFromInline static var bucketCount: Int { 1 + levels * radix }
    @usableFromInline static var maskWords: Int { (levels * radix + 63) / 64 }
    /// The largest bucket that becomes the run as it is (sorted) instead of being
    /// redistributed; measured with `vpcsim bench queue` and `bench hold`.
    @usableFromInline static var smallBucket: Int { 24 }
    /// The longest run an insertion in its middle may shift; a longer one is spilled back
    /// into the buckets (a burst of events scheduled out of order close to the present).
    @usableFromInline static var spillLength: Int { 64 }

    /// The buckets; index 0 stays empty.
    @usableFromInline var buckets: UnsafeMutablePointer<UnsafeGrowableBuffer<Event>>
    /// Bit i set when bucket i+1 is non-empty.
    @usableFromInline var occupied: UnsafeMutablePointer<UInt64>
    /// The earliest events, sorted by (time, sequence), read from `head` on.
    @usableFromInline var run = UnsafeGrowableBuffer<Event>(capacity: 64)
    /// Where a small run is sorted into (then the two swap storage).
    @usableFromInline var scratch = UnsafeGrowableBuffer<Event>(capacity: 64)
    /// Sort keys of a small run, in pairs (`smallBucket` of them at most, padded).
    @usableFromInline var keys: UnsafeMutablePointer<SIMD2<UInt64>>
    /// Events of the run already handed out.
    @usableFromInline var head = 0
    /// The bucket whose time range the run covers (0: the run holds events at `last`, or
    /// earlier): a push that maps to it or below joins the run.
    @usableFromInline var runBucket = 0
    /// A time at or before every bucketed event; bucket indexes are relative to it.
    @usableFromInline var last: UInt64 = 0
    /// The time of the last event popped: no push may be earlier.
    @usableFromInline var floor: UInt64 = 0
    @usableFromInline var size = 0

    public init() {
        buckets = .allocate(capacity: Self.bucketCount)
        for b in 0..<Self.bucketCount {
            (buckets + b).initialize(to: UnsafeGrowableBuffer<Event>(capacity: b == 0 ? 1 : 4))
        }
        occupied = .allocate(capacity: Self.maskWords)
        occupied.initialize(repeating: 0, count: Self.maskWords)
        keys = .allocate(capacity: (Self.smallBucket + 1) / 2)
    }

    deinit {
        keys.deallocate()
        buckets.deinitialize(count: Self.bucketCount)   // frees each bucket's storage
        buckets.deallocate()
        occupied.deallocate()
    }

    @inlinable public var count: Int { size }

    public func reserveCapacity(_ capacity: Int) {}

    /// The bucket an event at `time` belongs in relative to `base` (at or before it): 0
    /// when equal, else 1 + level·radix + digit, where level is the digit position of the
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

    /// The lowest non-empty bucket (the queue must hold such a bucket).
    @inlinable @inline(__always)
    func lowestOccupied() -> Int {
        var w = 0
        while occupied[w] == 0 { w &+= 1 }
        return 1 &+ (w << 6) &+ occupied[w].trailingZeroBitCount
    }

    /// Marks bucket `b` (above 0) non-empty.
    @inlinable @inline(__always)
    func markOccupied(_ b: Int) {
        let i = b &- 1
        occupied[i >> 6] |= 1 &<< UInt64(i & 63)
    }

    @inlinable @inline(__always) public func push(_ event: Event) {
        let time = UInt64(bitPattern: event.time)
        precondition(time >= floor && event.time >= 0,
                     "radix heap: event at \(event.time) ns is earlier than the last popped \(floor) ns")
        size &+= 1
        place(event)
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
    }

    /// Prefetches the header of the bucket an event at `time` will be appended to (a
    /// bucket last touched long ago, such as one two seconds ahead, misses the cache).
    @inlinable @inline(__always) public func prepareToPush(at time: Int64) {
        guard time >= 0, let b = bucket(for: UInt64(bitPattern: time)) else { return }
        vpcsim_prefetch(UnsafeRawPointer(buckets + b))
    }

    /// The bucket an event at `time` goes to, or nil when it joins the run instead (it falls
    /// in the run's range, or before `last`).
    @inlinable @inline(__always)
    func bucket(for time: UInt64) -> Int? {
        guard time >= last else { return nil }
        let b = Self.bucketIndex(time, base: last)
        return b > runBucket ? b : nil
    }

    /// Puts an event where it belongs: its bucket, or the run when it falls in the run's
    /// range (or before `last`).
    @inlinable @inline(__always)
    func place(_ event: Event) {
        if let b = bucket(for: UInt64(bitPattern: event.time)) {
            buckets[b].append(event)
            markOccupied(b)
            return
        }
        insertIntoRun(event)
    }

    @inlinable public func popMin() -> Event? {
        guard size > 0 else { return nil }
        if head == run.count { refillRun() }
        let event = run[head]
        head &+= 1
        size &-= 1
        floor = UInt64(bitPattern: event.time)
        if head == run.count {
            run.count = 0
            head = 0
        }
        if Self.shouldAutoCheck(count: size) { checkInvariants() }
        return event
    }

    /// The head of the run, refilling an empty run first: work the next pop would do
    /// anyway, done before the current event is handled so that the model can prefetch for
    /// the next one. Most runs on a data plane hold one event (a 65 µs bucket holds under
    /// half an event at a few thousand events per simulated second), so without the refill
    /// four events in five went unannounced.
    @inlinable @inline(__always) public func peekBuffered() -> Event? {
        if head < run.count { return run[head] }
        guard size > 0 else { return nil }
        refillRun()
        return run[head]
    }

    @inlinable public func minTime() -> Int64? {
        guard size > 0 else { return nil }
        if head == run.count { refillRun() }
        return run[head].time
    }

    /// Inserts an event that precedes every bucketed event into the sorted run: behind the
    /// events it does not precede (usually at the end, as its sequence is the newest).
    /// A run that has grown long from insertions in its middle is spilled back into the
    /// buckets first, so an insertion never shifts more than `spillLength` events.
    @usableFromInline
    func insertIntoRun(_ event: Event) {
        let base = run.elements
        var j = run.count
        if j == head || base[j &- 1].precedes(event) {
            run.append(event)
            return
        }
        if head > 0 && event.precedes(base[head]) {
            head &-= 1
            base[head] = event
            return
        }
        if j &- head > Self.spillLength && runBucket != 0 && UInt64(bitPattern: base[head].time) >= last {
            spillRun()
            place(event)
            return
        }
        run.append(event)
        let moved = run.elements
        while j > head && event.precedes(moved[j &- 1]) {
            moved[j] = moved[j &- 1]
            j &-= 1
        }
        moved[j] = event
    }

    /// Refills the empty run from the lowest non-empty bucket: takes a small bucket as it
    /// is, sorted; redistributes a large one. Requires the run empty and the queue non-empty.
    @usableFromInline @inline(never)
    func refillRun() {
        head = 0
        run.count = 0
        let b = lowestOccupied()
        let clear = b &- 1
        occupied[clear >> 6] &= ~(1 &<< UInt64(clear & 63))
        if buckets[b].count <= Self.smallBucket {
            // The bucket's storage becomes the run and the run's (empty) storage the bucket's.
            swap(&run, &buckets[b])
            runBucket = b
            sortRun()
            return
        }
        redistribute(b)
    }

    /// Sends a long run back into the buckets: `last` moves to the run's minimum (at or
    /// after `last`), the events at that time stay in the run and the others go to their
    /// buckets relative to it, all below the buckets already filled.
    @usableFromInline @inline(never)
    func spillRun() {
        let base = run.elements
        let minimum = UInt64(bitPattern: base[head].time)
        last = minimum
        runBucket = 0
        var kept = head
        for i in head..<run.count {
            let event = base[i]
            let target = Self.bucketIndex(UInt64(bitPattern: event.time), base: minimum)
            if target == 0 {
                base[kept] = event   // a prefix: the run is sorted
                kept &+= 1
            } else {
                buckets[target].append(event)
                markOccupied(target)
            }
        }
        run.count = kept
    }

    /// Moves `last` to the minimum of bucket `b` and its events into strictly lower
    /// buckets, those at the minimum into the run (then sorted by sequence).
    @usableFromInline @inline(never)
    func redistribute(_ b: Int) {
        let source = buckets[b].elements
        var minimum = UInt64.max
        for i in 0..<source.count {
            let t = UInt64(bitPattern: source[i].time)
            if t < minimum { minimum = t }
        }
        last = minimum
        runBucket = 0
        // Locals throughout: stores through `buckets` could alias `self` as far as the
        // optimiser knows, which would force a reload of every property per event. (The
        // run is appended to in place: it is non-copyable, and only events at the
        // minimum, the rare branch, go there.)
        let buckets = self.buckets
        let occupied = self.occupied
        for i in 0..<source.count {
            let event = source[i]
            let target = Self.bucketIndex(UInt64(bitPattern: event.time), base: minimum)
            if target == 0 {
                run.append(event)
            } else {
                buckets[target].append(event)
                let j = target &- 1
                occupied[j >> 6] |= 1 &<< UInt64(j & 63)
            }
        }
        // A redistributed bucket is usually a large one that will not fill again soon (its
        // digit comes round again only when the time has moved on by a whole level): give
        // back storage above 16,384 events (512 KiB). A million pending events then peak at
        // about 35 MiB above the process's baseline (32 MB of events), instead of 62 MiB
        // with a 2 MiB threshold; 128 KiB saves no more and costs 10 % at 10^5 events
        // (buckets of ~6,500 events re-grown after every redistribution).
        buckets[b].removeAllReleasingLargeStorage(above: 1 << 14)
        sortRun()
    }

    /// Sorts the run by (time, sequence). A small run (a bucket taken as it is) is sorted by
    /// rank: each event's place is the number of events before it, counted without a branch
    /// (a key holds the time less the run's minimum and the event's position), and the
    /// events are written to their places in `scratch`, which then becomes the run; events
    /// at equal times, which the keys order by position, are then put in sequence order.
    /// On random times that takes half the time of an insertion sort, whose every inner
    /// loop ends in a mispredicted branch. Long runs (a burst at one instant, after a
    /// redistribution) are sorted by insertion when short, else by the standard library.
    @usableFromInline
    func sortRun() {
        let base = run.elements
        let n = run.count
        if n < 2 { return }
        if n <= Self.smallBucket {
            var lowest = base[0].time, highest = lowest
            for i in 1..<n {
                let t = base[i].time
                if t < lowest { lowest = t }
                if t > highest { highest = t }
            }
            // Keys are (time - lowest) << 6 | position: they need the spread below 2^57.
            if UInt64(bitPattern: highest &- lowest) < 1 << 57 {
                // Keys in pairs, written and read 16 bytes at a time (a wide read of two
                // narrow writes still in flight stalls the load); an odd count is padded
                // with a key above all others, which counts for no rank.
                let keys = self.keys
                let pairs = (n &+ 1) >> 1
                var p = 0
                while p < pairs {
                    let i = p << 1
                    let first = UInt64(bitPattern: base[i].time &- lowest) << 6 | UInt64(i)
                    let second = i &+ 1 < n
                        ? UInt64(bitPattern: base[i &+ 1].time &- lowest) << 6 | UInt64(i &+ 1) : UInt64.max >> 1
                    keys[p] = SIMD2(first, second)
                    p &+= 1
                }
                let out = scratch.slots(n)
                var i = 0
                while i < n {
                    let key = keys[i >> 1][i & 1]
                    // Keys are below 2^63, so the difference's sign bit is `keys[j] < key`:
                    // arithmetic, never a branch (a comparison here compiles to one).
                    let broadcast = SIMD2(repeating: key)
                    var ranks = SIMD2<UInt64>(repeating: 0)
                    var q = 0
                    while q < pairs {
                        ranks &+= (keys[q] &- broadcast) &>> 63
                        q &+= 1
                    }
                    out[Int(truncatingIfNeeded: ranks[0] &+ ranks[1])] = base[i]
                    i &+= 1
                }
                scratch.count = n
                swap(&run, &scratch)
                scratch.count = 0
                for i in 1..<n where out[i].time == out[i &- 1].time {
                    Self.insertionSort(out, count: n)
                    break
                }
                return
            }
        }
        if n > 32 {
            var all = base.prefix(n)
            all.sort { $0.precedes($1) }
            return
        }
        Self.insertionSort(base, count: n)
    }

    /// Sorts `count` events by (time, sequence) in place.
    @usableFromInline
    static func insertionSort(_ base: UnsafeElements<Event>, count n: Int) {
        var i = 1
        while i < n {
            let e = base[i]
            var j = i
            while j > 0 && e.precedes(base[j &- 1]) {
                base[j] = base[j &- 1]
                j &-= 1
            }
            base[j] = e
            i &+= 1
        }
    }
}

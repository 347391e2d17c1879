/// The NLB's per-target connection limit: new connections in the last minute, counted in
/// one-second buckets (a sliding window accurate to a second).
struct ConnectionLimiter {
    static let buckets = 60
    let limitPerMinute: Int32
    /// `counts[target * 60 + second % 60]`.
    var counts: [Int32]
    var windowTotal: [Int32]
    var currentSecond: [Int64]

    init(targets: Int, limitPerMinute: Int) {
        self.limitPerMinute = Int32(clamping: limitPerMinute)
        counts = Array(repeating: 0, count: targets * Self.buckets)
        windowTotal = Array(repeating: 0, count: targets)
        currentSecond = Array(repeating: 0, count: targets)
    }

    /// Records a new connection to `target` at `now` (ns) if the limit allows it.
    @inline(__always)
    mutating func admit(_ target: Int, at now: Int64) -> Bool {
        let second = now / 1_000_000_000
        var last = currentSecond[target]
        if second > last {
            // Expire the buckets of the seconds that left the window.
            let steps = Swift.min(second - last, Int64(Self.buckets))
            for _ in 0..<steps {
                last += 1
                let bucket = target * Self.buckets + Int(last % Int64(Self.buckets))
                windowTotal[target] -= counts[bucket]
                counts[bucket] = 0
            }
            currentSecond[target] = second
        }
        guard windowTotal[target] < limitPerMinute else { return false }
        counts[target * Self.buckets + Int(second % Int64(Self.buckets))] += 1
        windowTotal[target] += 1
        return true
    }
}

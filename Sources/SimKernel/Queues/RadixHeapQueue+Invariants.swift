extension RadixHeapQueue {
    /// Every event is in the bucket its time implies relative to `last`; the occupancy mask
    /// matches the buckets; bucket 0's unread events are at `last` in sequence order; the
    /// count adds up.
    public func checkInvariants() {
        var total = buckets[0].count - headOfZero + front.count
        for i in 0..<front.count {
            let t = UInt64(bitPattern: front[i].time)
            precondition(t < last && t >= floor, "radix heap: front event at \(t) outside [\(floor), \(last))")
            if i > 0 { precondition(front[i].precedes(front[i - 1]), "radix heap: front buffer out of order") }
        }
        precondition(total >= 0, "radix heap: bucket 0 read past its end")
        var previous: UInt64?
        for i in headOfZero..<buckets[0].count {
            let e = buckets[0][i]
            precondition(UInt64(bitPattern: e.time) == last,
                         "radix heap: bucket 0 holds time \(e.time), not last \(last)")
            if let p = previous {
                precondition(p < e.sequence, "radix heap: bucket 0 out of sequence order")
            }
            previous = e.sequence
        }
        for b in 1..<Self.bucketCount {
            let n = buckets[b].count
            precondition((n > 0) == (occupied & (1 << UInt64(b)) != 0),
                         "radix heap: occupancy bit \(b) disagrees with bucket size \(n)")
            for i in 0..<n {
                let t = UInt64(bitPattern: buckets[b][i].time)
                precondition(t >= last, "radix heap: time \(t) below last \(last)")
                precondition(bucketIndex(t) == b, "radix heap: time \(t) in bucket \(b), belongs in \(bucketIndex(t))")
            }
            total += n
        }
        precondition(occupied & 1 == 0, "radix heap: bucket 0 must not be in the occupancy mask")
        precondition(total == size, "radix heap: buckets hold \(total) events, count says \(size)")
    }
}

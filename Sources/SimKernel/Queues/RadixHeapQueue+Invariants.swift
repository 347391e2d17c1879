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
            let bit = (occupied[(b - 1) >> 6] >> UInt64((b - 1) & 63)) & 1
            precondition((n > 0) == (bit == 1),
                         "radix heap: occupancy bit \(b) disagrees with bucket size \(n)")
            for i in 0..<n {
                let t = UInt64(bitPattern: buckets[b][i].time)
                precondition(t >= last, "radix heap: time \(t) below last \(last)")
                let expected = Self.bucketIndex(t, base: last)
                precondition(expected == b, "radix heap: time \(t) in bucket \(b), belongs in \(expected)")
            }
            total += n
        }
        precondition(total == size, "radix heap: buckets hold \(total) events, count says \(size)")
    }
}

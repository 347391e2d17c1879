extension RadixHeapQueue {
    /// The run is sorted and holds only events that precede every bucketed event, none
    /// before the last pop; every bucketed event is in the bucket its time implies relative
    /// to `last`, above the run's bucket; the occupancy mask matches the buckets; the count
    /// adds up.
    public func checkInvariants() {
        precondition(head >= 0 && head <= run.count, "radix heap: run read past its end")
        precondition(buckets[0].count == 0, "radix heap: bucket 0 is not empty")
        var total = run.count - head
        var runMaximum: Event?
        for i in head..<run.count {
            let e = run[i]
            precondition(UInt64(bitPattern: e.time) >= floor, "radix heap: run event at \(e.time) before the last pop \(floor)")
            if let p = runMaximum { precondition(p.precedes(e), "radix heap: run out of order") }
            runMaximum = e
            let t = UInt64(bitPattern: e.time)
            precondition(t < last || Self.bucketIndex(t, base: last) <= runBucket,
                         "radix heap: run event at \(t) lies beyond the run's bucket \(runBucket)")
        }
        for b in 1..<Self.bucketCount {
            let n = buckets[b].count
            let bit = (occupied[(b - 1) >> 6] >> UInt64((b - 1) & 63)) & 1
            precondition((n > 0) == (bit == 1),
                         "radix heap: occupancy bit \(b) disagrees with bucket size \(n)")
            precondition(n == 0 || b > runBucket, "radix heap: bucket \(b) at or below the run's bucket \(runBucket) holds events")
            for i in 0..<n {
                let e = buckets[b][i]
                let t = UInt64(bitPattern: e.time)
                precondition(t >= last, "radix heap: time \(t) below last \(last)")
                let expected = Self.bucketIndex(t, base: last)
                precondition(expected == b, "radix heap: time \(t) in bucket \(b), belongs in \(expected)")
                if let m = runMaximum { precondition(m.precedes(e), "radix heap: bucketed event at \(t) precedes the run's last") }
            }
            total += n
        }
        precondition(total == size, "radix heap: buckets hold \(total) events, count says \(size)")
    }
}

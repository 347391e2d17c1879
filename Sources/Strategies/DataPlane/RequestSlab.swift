/// Requests in flight, by slot, with a free list: slots are reused, so the slab grows to
/// the largest number in flight at once and then allocates nothing.
struct RequestSlab {
    var records: [RequestRecord] = []
    var inUse: [Bool] = []
    var free: [UInt32] = []
    /// Requests in flight.
    var count = 0

    /// A slot holding `record`.
    @inline(__always)
    mutating func allocate(_ record: RequestRecord) -> UInt32 {
        count += 1
        if let slot = free.popLast() {
            records[Int(slot)] = record
            inUse[Int(slot)] = true
            return slot
        }
        records.append(record)
        inUse.append(true)
        return UInt32(records.count - 1)
    }

    /// Frees a slot whose request has ended.
    @inline(__always)
    mutating func release(_ slot: UInt32) {
        inUse[Int(slot)] = false
        free.append(slot)
        count -= 1
    }
}

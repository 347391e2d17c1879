/// One request in flight: fixed-size, kept in a slab slot that is reused after it ends.
struct RequestRecord {
    /// When it was generated, ns.
    var start: Int64 = 0
    /// When it joined its instance's line, ns.
    var joinedAt: Int64 = 0
    /// When its service began, ns.
    var serviceStart: Int64 = 0
    /// The way back (response to client), ns.
    var backDelay: Int64 = 0
    /// Sequence + 1 of its pending timeout event, 0 for none.
    var timeoutSequence: UInt64 = 0
    var demand: Int32 = 0
    var instance: Int32 = 0
    var requestBytes: Int32 = 0
    var responseBytes: Int32 = 0
    var consumerLink: Int32 = -1
    var providerLink: Int32 = -1
    var zones = PathZones()
    var connectionLimited = false
    var passedProviderCheckpoint = false
}

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

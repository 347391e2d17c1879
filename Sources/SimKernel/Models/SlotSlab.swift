/// Records of things in flight (customers, requests), by slot, with a free list: slots are
/// reused, so the slab grows to the largest number alive at once and then allocates
/// nothing. Events carry the slot number (`Event.target`), never the record.
public struct SlotSlab<Record> {
    /// The records by slot; those of free slots are stale.
    public var records: [Record] = []
    @usableFromInline var live: [Bool] = []
    @usableFromInline var free: [UInt32] = []
    @usableFromInline var liveCount = 0

    /// Whether each slot holds a live record.
    @inlinable public var inUse: [Bool] { live }
    /// Live records.
    @inlinable public var count: Int { liveCount }

    public init() {}

    /// A slot now holding `record`.
    @inlinable @inline(__always)
    public mutating func allocate(_ record: Record) -> UInt32 {
        liveCount += 1
        if let slot = free.popLast() {
            records[Int(slot)] = record
            live[Int(slot)] = true
            return slot
        }
        records.append(record)
        live.append(true)
        return UInt32(records.count - 1)
    }

    /// Frees a slot whose record has ended.
    @inlinable @inline(__always)
    public mutating func release(_ slot: UInt32) {
        live[Int(slot)] = false
        free.append(slot)
        liveCount -= 1
    }
}

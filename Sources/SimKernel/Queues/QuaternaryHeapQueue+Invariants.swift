extension QuaternaryHeapQueue {
    /// Every parent's key precedes its children's; each key's time matches its event in
    /// the slab; live and free slots partition the slab; sibling groups are line-aligned.
    public func checkInvariants() {
        precondition(size <= capacity, "4-ary heap: size \(size) exceeds capacity \(capacity)")
        precondition(UInt(bitPattern: keys + 1) % 64 == 0, "4-ary heap: sibling groups are not line-aligned")
        precondition(size + freeSlots.count == slab.count,
                     "4-ary heap: \(size) live + \(freeSlots.count) free slots != slab size \(slab.count)")
        var seen = [Bool](repeating: false, count: slab.count)
        for i in 0..<size {
            let key = keys[i]
            precondition(Int(key.slot) < slab.count && !seen[Int(key.slot)], "4-ary heap: slot \(key.slot) bad or shared")
            seen[Int(key.slot)] = true
            precondition(slab[Int(key.slot)].time == key.time, "4-ary heap: key time differs from its event")
            if i > 0 {
                let parent = (i - 1) / 4
                precondition(!precedes(key, keys[parent], slab.elements),
                             "4-ary heap: element \(i) precedes its parent \(parent)")
            }
        }
        for j in 0..<freeSlots.count {
            let slot = Int(freeSlots[j])
            precondition(slot < slab.count && !seen[slot], "4-ary heap: free slot \(slot) is live or duplicated")
            seen[slot] = true
        }
    }
}

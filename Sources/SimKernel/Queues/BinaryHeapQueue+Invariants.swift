extension BinaryHeapQueue {
    /// Every parent precedes its children.
    public func checkInvariants() {
        for i in 1..<max(heap.count, 1) {
            let parent = (i - 1) / 2
            precondition(!heap[i].precedes(heap[parent]),
                         "binary heap: element \(i) precedes its parent \(parent)")
        }
    }
}

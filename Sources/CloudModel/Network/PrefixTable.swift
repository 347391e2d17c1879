/// The routes of one address family in a route table, kept compact for longest-prefix match.
///
/// Design: one array of (block, target) entries sorted by prefix length, longest first, then
/// by network address; plus a short list of runs (one per prefix length present). A lookup
/// masks the address to each present length, longest first, and binary-searches that run:
/// O(L · log n) for L distinct lengths (typically 1–3 in a VPC: /16 peers, the local block).
/// Insertion and removal shift the array, O(n), which is cheap at AWS's ≤ 1,000 routes per
/// table. An entry is 16 bytes for IPv4, so a full 1,000-route table is about 16 KiB.
struct PrefixTable<Block: IPBlockProtocol>: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var block: Block
        var target: RouteTarget
    }

    struct Run: Sendable, Equatable {
        var length: Int
        var start: Int
    }

    private(set) var entries: [Entry] = []
    /// Runs in entry order (prefix length descending); a run ends where the next begins.
    private var runs: [Run] = []

    var count: Int { entries.count }

    private func end(ofRun r: Int) -> Int { r + 1 < runs.count ? runs[r + 1].start : entries.count }

    /// Entry order: longer prefix first, then lower network.
    private static func precedes(_ a: Block, _ b: Block) -> Bool {
        a.prefixLength != b.prefixLength ? a.prefixLength > b.prefixLength : a.network < b.network
    }

    /// The index where `block` is or would be inserted.
    private func position(of block: Block) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if PrefixTable.precedes(entries[mid].block, block) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The target of exactly this destination, if present.
    func target(of block: Block) -> RouteTarget? {
        let i = position(of: block)
        return i < entries.count && entries[i].block == block ? entries[i].target : nil
    }

    /// Inserts a new destination (the caller has checked it is absent).
    mutating func insert(_ block: Block, target: RouteTarget) {
        let i = position(of: block)
        entries.insert(Entry(block: block, target: target), at: i)
        if let r = runs.firstIndex(where: { $0.length == block.prefixLength }) {
            for later in (r + 1)..<runs.count { runs[later].start += 1 }
        } else {
            let r = runs.firstIndex(where: { $0.length < block.prefixLength }) ?? runs.count
            runs.insert(Run(length: block.prefixLength, start: i), at: r)
            for later in (r + 1)..<runs.count { runs[later].start += 1 }
        }
    }

    /// Replaces the target of an existing destination.
    mutating func retarget(_ block: Block, to target: RouteTarget) {
        let i = position(of: block)
        if i < entries.count && entries[i].block == block { entries[i].target = target }
    }

    /// Removes a destination; returns its target, or nil if absent.
    mutating func remove(_ block: Block) -> RouteTarget? {
        let i = position(of: block)
        guard i < entries.count, entries[i].block == block else { return nil }
        let target = entries.remove(at: i).target
        guard let r = runs.firstIndex(where: { $0.length == block.prefixLength }) else { return target }
        for later in (r + 1)..<runs.count { runs[later].start -= 1 }
        if end(ofRun: r) == runs[r].start { runs.remove(at: r) }
        return target
    }

    /// The entry with the longest prefix that contains `address`.
    func longestMatch(_ address: Block.Address) -> Entry? {
        for r in runs.indices {
            let network = address.masked(toPrefix: runs[r].length)
            var low = runs[r].start, high = end(ofRun: r)
            while low < high {
                let mid = (low + high) / 2
                let candidate = entries[mid].block.network
                if candidate == network { return entries[mid] }
                if candidate < network { low = mid + 1 } else { high = mid }
            }
        }
        return nil
    }
}

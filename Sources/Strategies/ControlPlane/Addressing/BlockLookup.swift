import CloudModel

/// The blocks of one address family, for finding every block that contains an address,
/// longest prefix first: one sorted run per prefix length present, searched by masking the
/// address to that length (O(L · log n) for L distinct lengths).
struct BlockLookup<Block: IPBlockProtocol>: Sendable {
    private struct Run: Sendable {
        var length: Int
        var networks: [Block.Address]
        var ids: [UInt32]
    }

    private var runs: [Run] = []

    init(_ blocks: [(block: Block, id: UInt32)]) {
        let sorted = blocks.sorted {
            $0.block.prefixLength != $1.block.prefixLength
                ? $0.block.prefixLength > $1.block.prefixLength : $0.block.network < $1.block.network
        }
        for (block, id) in sorted {
            if runs.last?.length != block.prefixLength {
                runs.append(Run(length: block.prefixLength, networks: [], ids: []))
            }
            runs[runs.count - 1].networks.append(block.network)
            runs[runs.count - 1].ids.append(id)
        }
    }

    /// Ids of the blocks containing `address`, longest prefix first.
    func containing(_ address: Block.Address, into result: inout [UInt32]) {
        for run in runs {
            let network = address.masked(toPrefix: run.length)
            var low = 0, high = run.networks.count
            while low < high {
                let mid = (low + high) / 2
                if run.networks[mid] < network { low = mid + 1 } else { high = mid }
            }
            if low < run.networks.count && run.networks[low] == network { result.append(run.ids[low]) }
        }
    }
}

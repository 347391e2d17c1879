import CloudModel

/// Every distinct CIDR block of a topology, numbered densely, with the VPCs that hold each
/// one and the blocks that overlap it: the shared index the strategies' virtual route
/// tables and security groups are keyed by.
///
/// Identical blocks held by several VPCs (a fleet's `overlap` share) get one number, so
/// "this table already has a route to that destination" is a single bit test.
public struct AddressPlan: Sendable {
    /// Where a VPC holds a block: the VPC and the block's position among its CIDRs.
    public struct Holder: Hashable, Sendable {
        /// The VPC (index into `Topology.vpcs`).
        public var vpc: Int
        /// The block's position among the VPC's CIDRs.
        public var position: Int
    }

    /// The distinct blocks, by number.
    public let blocks: [CIDRBlock]
    /// Per block, the VPCs holding it, in VPC order.
    public let holders: [[Holder]]
    /// Per VPC, the numbers of its blocks in the order of its CIDRs.
    public let vpcBlocks: [[UInt32]]
    /// Per block, the other blocks that share an address with it (identical blocks are one
    /// block, so never listed).
    public let overlapping: [[UInt32]]
    /// Per VPC, the address vpcsim uses for its hosts (clients and service instances): the
    /// fifth address of its first subnet (AWS reserves the first four), or the subnet's
    /// first address when the subnet is smaller than a /28.
    public let representative: [IPv4Address]
    /// Per VPC, the blocks containing its representative address, longest prefix first.
    public let containingRepresentative: [[UInt32]]
    /// Per family present, the smallest block covering every VPC block of that family
    /// (a summary route such as 10.0.0.0/8), IPv4 first.
    public let summaries: [CIDRBlock]

    private let v4: BlockLookup<IPv4Block>
    private let v6: BlockLookup<IPv6Block>

    /// Indexes the blocks of `vpcs`.
    public init(vpcs: [VPC]) {
        var numbers: [CIDRBlock: UInt32] = [:]   // build-time only; never iterated
        var blocks: [CIDRBlock] = []
        var holders: [[Holder]] = []
        var vpcBlocks: [[UInt32]] = []
        vpcBlocks.reserveCapacity(vpcs.count)
        for (v, vpc) in vpcs.enumerated() {
            var mine: [UInt32] = []
            for (position, block) in vpc.cidrs.enumerated() {
                let id: UInt32
                if let known = numbers[block] {
                    id = known
                } else {
                    id = UInt32(blocks.count)
                    numbers[block] = id
                    blocks.append(block)
                    holders.append([])
                }
                holders[Int(id)].append(Holder(vpc: v, position: position))
                mine.append(id)
            }
            vpcBlocks.append(mine)
        }
        self.blocks = blocks
        self.holders = holders
        self.vpcBlocks = vpcBlocks
        self.overlapping = AddressPlan.overlaps(blocks)
        v4 = BlockLookup(blocks.enumerated().compactMap { i, b in b.ipv4.map { ($0, UInt32(i)) } })
        v6 = BlockLookup(blocks.enumerated().compactMap { i, b in b.ipv6.map { ($0, UInt32(i)) } })
        representative = vpcs.map { vpc in
            let subnet = vpc.subnets[0].ipv4
            return IPv4Address(subnet.network.value &+ (subnet.prefixLength <= 28 ? 4 : 0))
        }
        summaries = AddressPlan.summaries(of: blocks)
        var containing: [[UInt32]] = []
        containing.reserveCapacity(vpcs.count)
        for address in representative {
            var found: [UInt32] = []
            v4.containing(address, into: &found)
            containing.append(found)
        }
        containingRepresentative = containing
    }

    /// Numbers of the blocks containing `address`, longest prefix first.
    public func blocks(containing address: IPAddress) -> [UInt32] {
        var found: [UInt32] = []
        switch address {
        case .ipv4(let a): v4.containing(a, into: &found)
        case .ipv6(let a): v6.containing(a, into: &found)
        }
        return found
    }

    /// Whether VPC `vpc` holds block `block`.
    @inlinable public func vpc(_ vpc: Int, holds block: UInt32) -> Bool { vpcBlocks[vpc].contains(block) }

    /// Whether two VPCs share an address: AWS then refuses to peer them.
    public func overlap(_ a: Int, _ b: Int) -> Bool {
        for x in vpcBlocks[a] {
            for y in vpcBlocks[b] where x == y || overlapping[Int(x)].contains(y) { return true }
        }
        return false
    }

    /// The VPC whose representative address lies in `block`'s range, for every VPC holding
    /// a block that overlaps `block` (including itself): who is affected when a route to it
    /// appears.
    public func vpcsNear(block: UInt32, _ body: (Int) -> Void) {
        for holder in holders[Int(block)] { body(holder.vpc) }
        for other in overlapping[Int(block)] {
            for holder in holders[Int(other)] { body(holder.vpc) }
        }
    }

    /// Pairs of overlapping distinct blocks, per block; a sweep over blocks sorted by start.
    private static func overlaps(_ blocks: [CIDRBlock]) -> [[UInt32]] {
        var result = Array(repeating: [UInt32](), count: blocks.count)
        let order = blocks.indices.sorted { blocks[$0] < blocks[$1] }
        for (rank, i) in order.enumerated() {
            var j = rank + 1
            while j < order.count {
                let other = order[j]
                guard blocks[other].family == blocks[i].family else { break }
                if !blocks[i].overlaps(blocks[other]) {
                    // Sorted by network then length: a later block overlapping i would have to
                    // start inside i, and this one starts after i's end (or is a sibling).
                    if !AddressPlan.startsInside(blocks[other], blocks[i]) { break }
                    j += 1
                    continue
                }
                result[i].append(UInt32(other))
                result[other].append(UInt32(i))
                j += 1
            }
        }
        for i in result.indices { result[i].sort() }
        return result
    }

    /// Whether `inner` starts inside `outer`.
    private static func startsInside(_ inner: CIDRBlock, _ outer: CIDRBlock) -> Bool {
        switch (inner, outer) {
        case (.ipv4(let a), .ipv4(let b)): return b.contains(a.network)
        case (.ipv6(let a), .ipv6(let b)): return b.contains(a.network)
        default: return false
        }
    }

    private static func summaries(of blocks: [CIDRBlock]) -> [CIDRBlock] {
        var result: [CIDRBlock] = []
        let four = blocks.compactMap(\.ipv4)
        if let first = four.first {
            var low = first.network.value, high = first.lastAddress.value, shortest = first.prefixLength
            for b in four {
                low = min(low, b.network.value)
                high = max(high, b.lastAddress.value)
                shortest = min(shortest, b.prefixLength)
            }
            let length = min(shortest, (low ^ high).leadingZeroBitCount)
            result.append(.ipv4(IPv4Block(uncheckedNetwork: IPv4Address(low).masked(toPrefix: length), prefixLength: length)))
        }
        let six = blocks.compactMap(\.ipv6)
        if let first = six.first {
            var low = first.network, high = first.lastAddress, shortest = first.prefixLength
            for b in six {
                low = min(low, b.network)
                high = max(high, b.lastAddress)
                shortest = min(shortest, b.prefixLength)
            }
            let differing = low.high != high.high
                ? (low.high ^ high.high).leadingZeroBitCount : 64 + (low.low ^ high.low).leadingZeroBitCount
            let length = min(shortest, differing)
            result.append(.ipv6(IPv6Block(uncheckedNetwork: low.masked(toPrefix: length), prefixLength: length)))
        }
        return result
    }
}

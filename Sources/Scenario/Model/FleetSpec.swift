import CloudModel

/// A group of similar VPCs generated from a CIDR pool: the way scenarios reach hundreds
/// of VPCs. Expansion into single VPCs happens later, when a run is built.
public struct FleetSpec: Equatable, Sendable {
    /// Unique among VPCs and fleets; traffic and growth refer to the fleet by it.
    public var name: String
    /// The region all its VPCs live in.
    public var region: String
    /// How many VPCs the fleet holds (at the end of growth, if it grows); at least 1.
    public var count: Int
    /// The IPv4 block the VPCs' CIDRs are carved from; it holds at least `count` blocks of
    /// `prefix`, so the fleet never runs out.
    public var cidrPool: CIDRBlock
    /// The prefix length of each VPC's CIDR, from the pool's own prefix and from 16 to 28
    /// (AWS's VPC sizes). Default: 16, or the pool's prefix when the pool is smaller.
    public var prefix: Int
    /// Route tables per VPC. Default: 1.
    public var routeTables: Int
    /// AZs each VPC spans. Default: all of the region's.
    public var azs: Int
    /// Share of the fleet's VPCs that reuse a block already taken (overlapping CIDRs), from
    /// 0 to 1. Default: 0.
    public var overlap: Double

    public init(name: String, region: String, count: Int, cidrPool: CIDRBlock, prefix: Int = FleetSpec.defaultPrefix,
                routeTables: Int = 1, azs: Int, overlap: Double = 0) {
        self.name = name
        self.region = region
        self.count = count
        self.cidrPool = cidrPool
        self.prefix = prefix
        self.routeTables = routeTables
        self.azs = azs
        self.overlap = overlap
    }

    /// Prefix of each generated VPC when the file gives none: a /16, the largest VPC CIDR.
    public static let defaultPrefix = 16
}

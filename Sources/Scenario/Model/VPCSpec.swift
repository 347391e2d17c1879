import CloudModel

/// One explicitly declared VPC.
public struct VPCSpec: Equatable, Sendable {
    /// Unique among VPCs and fleets.
    public var name: String
    /// The region it lives in (declared under `regions:` or built in).
    public var region: String
    /// Its CIDR blocks, primary first; at least one.
    public var cidrs: [CIDRBlock]
    /// Route tables in the VPC (each must hold the routes to every peer). Default: 1.
    public var routeTables: Int
    /// How many of the region's AZs it spans. Default: all of them.
    public var azs: Int

    public init(name: String, region: String, cidrs: [CIDRBlock], routeTables: Int = 1, azs: Int) {
        self.name = name
        self.region = region
        self.cidrs = cidrs
        self.routeTables = routeTables
        self.azs = azs
    }
}

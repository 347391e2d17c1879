import CloudModel
import ScenarioReading

extension FleetSpec {
    static let keys = ["name", "region", "count", "cidr_pool", "prefix", "route_tables", "azs", "overlap"]

    init(reading reader: NodeReader, regions: inout ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let name = try fields.required("name").name()
        let region = try regions.resolve(fields.required("region"))
        let countReader = try fields.required("count")
        let count = try countReader.int(in: 1...Int.max)
        let poolReader = try fields.required("cidr_pool")
        let pool = try poolReader.cidr()
        guard pool.family == .ipv4 else {
            throw poolReader.error("a fleet's cidr_pool must be IPv4, since every VPC needs an IPv4 primary block")
        }
        let prefix = try Self.readPrefix(fields, pool: pool)
        let capacity = pool.subblockCount(prefixLength: prefix)
        if capacity < UInt64(count) {
            throw countReader.error("cidr_pool \(pool) holds \(capacity) blocks of /\(prefix), fewer than the fleet's \(count) VPCs; "
                                    + "use a larger pool or a longer prefix")
        }
        self.init(
            name: name, region: region.name, count: count, cidrPool: pool, prefix: prefix,
            routeTables: try fields.optional("route_tables", default: 1) { r throws(ScenarioError) in try r.int(in: 1...Int.max) },
            azs: try fields.optional("azs", default: region.azs) { r throws(ScenarioError) in try r.azCount(in: region) },
            overlap: try fields.optional("overlap", default: 0) { r throws(ScenarioError) in try r.double(in: 0...1) })
    }

    /// `prefix`: at least the pool's own prefix, and a size AWS allows for a VPC.
    private static func readPrefix(_ fields: MappingReader, pool: CIDRBlock) throws(ScenarioError) -> Int {
        guard let reader = fields.optional("prefix") else {
            return max(defaultPrefix, pool.prefixLength)
        }
        let prefix = try reader.int(in: 0...pool.family.bitWidth)
        if prefix < pool.prefixLength {
            throw reader.error("each VPC's /\(prefix) block must fit in cidr_pool \(pool), so the prefix must be at least \(pool.prefixLength)")
        }
        if !NodeReader.ipv4VPCPrefixes.contains(prefix) {
            throw reader.error(NodeReader.vpcPrefixMessage(prefix))
        }
        return prefix
    }
}

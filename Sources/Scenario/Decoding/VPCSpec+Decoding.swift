import CloudModel
import ScenarioReading

extension VPCSpec {
    static let keys = ["name", "region", "cidrs", "route_tables", "azs"]

    init(reading reader: NodeReader, regions: inout ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let name = try fields.required("name").name()
        let region = try regions.resolve(fields.required("region"))
        let cidrsReader = try fields.required("cidrs")
        let items = try cidrsReader.list()
        guard !items.isEmpty else { throw cidrsReader.typeError("a list of at least one CIDR block, such as [10.1.0.0/16]") }
        var cidrs: [CIDRBlock] = []
        for item in items {
            let block = try item.vpcCIDR()
            if cidrs.isEmpty && block.family != .ipv4 {
                throw item.error("a VPC's first (primary) block must be IPv4; AWS VPCs always have an IPv4 block")
            }
            if let other = cidrs.first(where: { $0.overlaps(block) }) {
                throw item.error("\(block) overlaps \(other), another block of the same VPC")
            }
            cidrs.append(block)
        }
        self.init(
            name: name, region: region.name, cidrs: cidrs,
            routeTables: try fields.optional("route_tables", default: 1) { r throws(ScenarioError) in try r.int(in: 1...Int.max) },
            azs: try fields.optional("azs", default: region.azs) { r throws(ScenarioError) in try r.azCount(in: region) })
    }
}

extension NodeReader {
    /// A number of AZs, from 1 to the number the region has.
    func azCount(in region: RegionSpec) throws(ScenarioError) -> Int {
        let value = try int()
        guard value >= 1 else { throw error("must be at least 1, found \(value)") }
        guard value <= region.azs else {
            throw error("\(region.name) has \(region.azs) AZs in this scenario, so at most \(region.azs), found \(value)")
        }
        return value
    }
}

extension VPCSpec {
    static let keys = ["name", "region", "cidrs", "route_tables", "azs"]

    init(reading reader: NodeReader, regions: inout ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let name = try fields.required("name").name()
        let region = try regions.resolve(fields.required("region"))
        let cidrsReader = try fields.required("cidrs")
        let cidrs = try cidrsReader.list { item throws(ScenarioError) in try item.cidr() }
        guard !cidrs.isEmpty else { throw cidrsReader.error("a VPC needs at least one CIDR block") }
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

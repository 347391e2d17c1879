extension FleetSpec {
    static let keys = ["name", "region", "count", "cidr_pool", "prefix", "route_tables", "azs", "overlap"]

    init(reading reader: NodeReader, regions: inout ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let name = try fields.required("name").name()
        let region = try regions.resolve(fields.required("region"))
        self.init(
            name: name, region: region.name,
            count: try fields.required("count").int(in: 1...Int.max),
            cidrPool: try fields.required("cidr_pool").cidr(),
            prefix: try fields.optional("prefix", default: Self.defaultPrefix) { r throws(ScenarioError) in try r.int(in: 0...128) },
            routeTables: try fields.optional("route_tables", default: 1) { r throws(ScenarioError) in try r.int(in: 1...Int.max) },
            azs: try fields.optional("azs", default: region.azs) { r throws(ScenarioError) in try r.azCount(in: region) },
            overlap: try fields.optional("overlap", default: 0) { r throws(ScenarioError) in try r.double(in: 0...1) })
    }
}

extension FaultSpec {
    static let keys = ["at", "kind", "region", "az", "duration"]

    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let region = try regions.lookUp(fields.required("region"))
        let azReader = try fields.required("az")
        let az = try azReader.int()
        guard (1...region.azs).contains(az) else {
            throw azReader.error("\(region.name) has AZs 1 to \(region.azs) in this scenario, found \(az)")
        }
        self.init(
            at: try fields.required("at").nonNegativeDuration(),
            kind: try fields.required("kind").choice(["az-outage": Kind.azOutage]),
            region: region.name, az: az,
            duration: try fields.optional("duration").map { r throws(ScenarioError) in try r.positiveDuration() })
    }
}

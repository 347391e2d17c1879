extension LatencySettings {
    static let keys = ["same_az", "cross_az", "privatelink_hop", "tgw_hop", "overrides"]

    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            sameAZ: try fields.optional("same_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            crossAZ: try fields.optional("cross_az").map { r throws(ScenarioError) in try r.distribution(.duration) },
            privateLinkHop: try fields.optional("privatelink_hop").map { r throws(ScenarioError) in try r.distribution(.duration) },
            tgwHop: try fields.optional("tgw_hop").map { r throws(ScenarioError) in try r.distribution(.duration) },
            overrides: try fields.optional("overrides", default: []) { r throws(ScenarioError) in
                try r.list { item throws(ScenarioError) in try LatencyOverride(reading: item, regions: regions) }
            })
    }
}

extension LatencyOverride {
    static let keys = ["from", "to", "rtt"]

    /// Reads one override; both regions must be used by the scenario and differ.
    init(reading reader: NodeReader, regions: ScenarioRegions) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let from = try regions.lookUp(fields.required("from")).name
        let toReader = try fields.required("to")
        let to = try regions.lookUp(toReader).name
        guard from != to else {
            throw toReader.error("an override is for two different regions; set same_az and cross_az for latency inside \(from)")
        }
        self.init(from: from, to: to, rtt: try fields.required("rtt").distribution(.duration))
    }
}

import ScenarioReading
extension PrivateLinkSettings: DesignSettingsDecoding {
    package static let keys = ["acceptance", "cross_zone", "cross_region", "dns"]

    package init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            acceptance: try fields.optional("acceptance", default: .manual) { r throws(ScenarioError) in try r.acceptance() },
            crossZone: try fields.optional("cross_zone", default: false) { r throws(ScenarioError) in try r.bool() },
            crossRegion: try fields.optional("cross_region", default: true) { r throws(ScenarioError) in try r.bool() },
            dns: try fields.optional("dns", default: .regional) { r throws(ScenarioError) in
                try r.choice(EndpointDNS.allCases.map { (key: $0.name, value: $0) })
            })
    }
}

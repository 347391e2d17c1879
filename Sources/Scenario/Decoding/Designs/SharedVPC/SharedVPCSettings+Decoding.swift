import Strategies

extension SharedVPCSettings: DesignSettingsDecoding {
    static let keys = ["cross_region", "client_routing"]

    /// `shared_vpc: {cross_region: false, client_routing: same-az}`.
    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            crossRegion: try fields.optional("cross_region", default: true) { r throws(ScenarioError) in try r.bool() },
            clientRouting: try fields.optional("client_routing", default: .anyAZ) { r throws(ScenarioError) in
                try r.clientRouting()
            })
    }
}

import Strategies

extension SharedVPCSettings: DesignSettingsDecoding {
    static let keys = ["cross_region"]

    /// `shared_vpc: {cross_region: false}`.
    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(crossRegion: try fields.optional("cross_region", default: true) { r throws(ScenarioError) in try r.bool() })
    }
}

import Strategies
extension PeeringSettings: DesignSettingsDecoding {
    static let keys = ["mesh", "acceptance"]

    init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            mesh: try fields.optional("mesh", default: .full) { r throws(ScenarioError) in
                try r.choice(["full": Mesh.full, "needed": Mesh.needed])
            },
            acceptance: try fields.optional("acceptance", default: .manual) { r throws(ScenarioError) in try r.acceptance() })
    }
}

import ScenarioReading
extension PeeringSettings: DesignSettingsDecoding {
    package static let keys = ["mesh", "acceptance", "client_routing"]

    package init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        self.init(
            mesh: try fields.optional("mesh", default: .full) { r throws(ScenarioError) in
                try r.choice(["full": Mesh.full, "needed": Mesh.needed])
            },
            acceptance: try fields.optional("acceptance", default: .manual) { r throws(ScenarioError) in try r.acceptance() },
            clientRouting: try fields.optional("client_routing", default: .anyAZ) { r throws(ScenarioError) in
                try r.clientRouting()
            })
    }
}

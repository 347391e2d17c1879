import ScenarioReading

extension VPCLatticeSettings: DesignSettingsDecoding {
    package static let keys: [String] = []

    /// `vpc_lattice: {}`: no options yet, so any key is an error.
    package init(reading reader: NodeReader) throws(ScenarioError) {
        _ = try reader.mapping(keys: Self.keys)
        self.init()
    }
}

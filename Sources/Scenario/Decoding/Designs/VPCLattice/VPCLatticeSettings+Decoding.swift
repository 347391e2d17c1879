import Strategies

extension VPCLatticeSettings: DesignSettingsDecoding {
    static let keys: [String] = []

    /// `vpc_lattice: {}`: no options yet, so any key is an error.
    init(reading reader: NodeReader) throws(ScenarioError) {
        _ = try reader.mapping(keys: Self.keys)
        self.init()
    }
}

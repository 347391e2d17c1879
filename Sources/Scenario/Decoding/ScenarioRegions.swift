import CloudModel
import ScenarioReading

/// The regions a scenario may name while it is being read: those declared under
/// `regions:`, plus built-in ones, which join the scenario on first use.
struct ScenarioRegions {
    private(set) var regions: [RegionSpec]
    private let builtIn: [String]

    init(declared: [RegionSpec], builtIn: [String] = BuiltInRegions.names) {
        regions = declared
        self.builtIn = builtIn
    }

    /// The region named at `reader`, adding a built-in region on first use; an unknown
    /// name is an error that suggests the closest known one.
    mutating func resolve(_ reader: NodeReader) throws(ScenarioError) -> RegionSpec {
        let name = try reader.string()
        if let region = regions.first(where: { $0.name == name }) { return region }
        if builtIn.contains(name) {
            let region = RegionSpec(name: name)
            regions.append(region)
            return region
        }
        let known = regions.map(\.name) + builtIn.filter { name in !regions.contains { $0.name == name } }
        throw reader.error("unknown region '\(name)'" + Suggestion.hint(for: name, among: known)
                           + " (declare it under 'regions:' to use a region that is not built in)")
    }

    /// The region named at `reader`, which must be one the scenario already uses.
    func lookUp(_ reader: NodeReader) throws(ScenarioError) -> RegionSpec {
        let name = try reader.string()
        if let region = regions.first(where: { $0.name == name }) { return region }
        throw reader.error("region '\(name)' is not used by this scenario"
                           + Suggestion.hint(for: name, among: regions.map(\.name)))
    }
}

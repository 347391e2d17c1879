import CloudModel
import ScenarioReading

extension RegionSpec {
    static let keys = ["azs"]

    /// Reads `regions:`, a mapping from region code to `{azs: N}` (or to nothing). A
    /// built-in region can use at most the AZs AWS documents for it; any other well-formed
    /// code declares a new region with `azs` zones (CloudModel's region rules).
    static func readAll(_ reader: NodeReader) throws(ScenarioError) -> [RegionSpec] {
        var regions: [RegionSpec] = []
        for (key, value) in try reader.freeMapping() {
            let keyReader = NodeReader(.scalar(key), path: value.path, context: value.context)
            var azs = defaultAZs
            var azsReader = keyReader
            if !value.node.isNull {
                let fields = try value.mapping(keys: keys)
                if let reader = fields.optional("azs") {
                    azs = try reader.int(in: 1...maximumAZs)
                    azsReader = reader
                }
            }
            do {
                if let builtIn = BuiltInRegions.named(key.text) {
                    _ = try builtIn.zones(count: azs)
                } else {
                    _ = try Region.declared(name: key.text, zoneCount: azs)
                }
            } catch {
                switch error.reason {
                case .tooManyZones, .tooFewZones: throw azsReader.error(error.message)
                default: throw keyReader.error(error.message)
                }
            }
            regions.append(RegionSpec(name: key.text, azs: azs))
        }
        return regions
    }
}

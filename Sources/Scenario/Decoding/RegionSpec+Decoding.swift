extension RegionSpec {
    static let keys = ["azs"]

    /// Reads `regions:`, a mapping from region code to `{azs: N}` (or to nothing).
    static func readAll(_ reader: NodeReader) throws(ScenarioError) -> [RegionSpec] {
        var regions: [RegionSpec] = []
        for (key, value) in try reader.freeMapping() {
            let name = try NodeReader(.scalar(key), path: value.path, context: value.context).regionCode()
            if value.node.isNull {
                regions.append(RegionSpec(name: name))
                continue
            }
            let fields = try value.mapping(keys: keys)
            let azs = try fields.optional("azs", default: defaultAZs) { reader throws(ScenarioError) in
                try reader.int(in: 1...maximumAZs)
            }
            regions.append(RegionSpec(name: name, azs: azs))
        }
        return regions
    }
}

extension NodeReader {
    /// A region code: lower-case letters, digits and '-', such as `eu-west-2`.
    func regionCode() throws(ScenarioError) -> String {
        let text = try string()
        let valid = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard valid, text.first?.isLetter == true else {
            throw error("'\(text)' is not a region code; expected lower-case letters, digits and '-', such as eu-west-2")
        }
        return text
    }
}

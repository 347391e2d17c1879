import SimKernel

/// Distributions, in text form (`lognormal(median=4ms, p99=30ms)`, or a bare quantity for a
/// constant) or map form (`{dist: lognormal, median: 4ms, p99: 30ms}`).
extension NodeReader {
    /// A distribution of `kind` values, parsed and validated by SimKernel.
    package func distribution(_ kind: QuantityKind) throws(ScenarioError) -> DistributionSpec {
        switch node {
        case .scalar(let scalar) where !scalar.isNull:
            do {
                return try DistributionSpec.parse(scalar.text, kind: kind, relativeTo: context.directory,
                                                  tables: context.tables)
            } catch {
                throw self.error("invalid distribution '\(scalar.text)': \(error.message)")
            }
        case .mapping(let mapping):
            return try mapForm(mapping, kind: kind)
        default:
            throw typeError("a distribution such as \(Self.example(kind)) or {dist: ..., ...}")
        }
    }

    /// The map form: `dist` names the family, every other key is a parameter.
    private func mapForm(_ mapping: YAMLMapping, kind: QuantityKind) throws(ScenarioError) -> DistributionSpec {
        guard let nameNode = mapping["dist"] else {
            throw error("a distribution written as a mapping needs 'dist' (its name, e.g. dist: lognormal)")
        }
        let name = try NodeReader(nameNode, path: path.appending(key: "dist"), context: context).string()
        var parameters: [(String, String)] = []
        for entry in mapping.entries where entry.key.text != "dist" {
            let parameter = NodeReader(entry.value, path: path.appending(key: entry.key.text), context: context)
            parameters.append((entry.key.text, try parameter.scalarText("a parameter value such as 4ms").text))
        }
        do {
            return try DistributionSpec.parse(name: name, parameters: parameters, kind: kind,
                                              relativeTo: context.directory, tables: context.tables)
        } catch {
            let written = parameters.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
            throw self.error("invalid distribution {dist: \(name)\(written.isEmpty ? "" : ", " + written)}: \(error.message)")
        }
    }

    private static func example(_ kind: QuantityKind) -> String {
        switch kind {
        case .duration: return "lognormal(median=4ms, p99=30ms)"
        case .size: return "uniform(min=1KiB, max=4KiB)"
        case .rate: return "uniform(min=1/s, max=5/s)"
        case .number: return "uniform(min=0, max=1)"
        }
    }
}

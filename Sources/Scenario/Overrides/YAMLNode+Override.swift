import ScenarioReading

/// Applying a `ScenarioOverride` to a document before it is decoded.
extension YAMLNode {
    /// This document with the override's value at the override's path.
    func applying(_ override: ScenarioOverride) throws(ScenarioError) -> YAMLNode {
        try setting(override.segments[...], walked: [], override: override)
    }

    private func setting(_ segments: ArraySlice<String>, walked: [String],
                         override: ScenarioOverride) throws(ScenarioError) -> YAMLNode {
        guard let segment = segments.first else { return override.value }
        let rest = segments.dropFirst()
        let here = walked + [segment]
        switch self {
        case .mapping(var mapping):
            if let index = mapping.entries.firstIndex(where: { $0.key.text == segment }) {
                mapping.entries[index].value = try mapping.entries[index].value.setting(rest, walked: here, override: override)
            } else {
                let key = YAMLScalar(text: segment, isPlain: true, location: override.origin)
                mapping.entries.append(YAMLEntry(key: key, value: Self.nested(rest, override: override)))
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            let index = try Self.item(segment, in: sequence, walked: walked, override: override)
            sequence.items[index] = try sequence.items[index].setting(rest, walked: here, override: override)
            return .sequence(sequence)
        case .scalar(let scalar) where scalar.isNull:
            let empty = YAMLNode.mapping(YAMLMapping(entries: [], location: scalar.location))
            return try empty.setting(segments, walked: walked, override: override)
        case .scalar:
            throw ScenarioError(at: override.origin, keyPath: override.path,
                                "'\(walked.joined(separator: "."))' is a single value, so it has no '\(segment)' inside")
        }
    }

    /// Mappings holding the override's value under the keys `segments`.
    private static func nested(_ segments: ArraySlice<String>, override: ScenarioOverride) -> YAMLNode {
        guard let segment = segments.first else { return override.value }
        let key = YAMLScalar(text: segment, isPlain: true, location: override.origin)
        let entry = YAMLEntry(key: key, value: nested(segments.dropFirst(), override: override))
        return .mapping(YAMLMapping(entries: [entry], location: override.origin))
    }

    /// The index of the list item that `segment` names: the item whose `name` it is, or
    /// else its index from 0.
    private static func item(_ segment: String, in sequence: YAMLSequence, walked: [String],
                             override: ScenarioOverride) throws(ScenarioError) -> Int {
        let names = sequence.items.map { item -> String? in
            if case .mapping(let mapping) = item, case .scalar(let name)? = mapping["name"] { return name.text }
            return nil
        }
        if let index = names.firstIndex(of: segment) { return index }
        let list = walked.joined(separator: ".")
        if let index = Int(segment) {
            guard sequence.items.indices.contains(index) else {
                let range = sequence.items.isEmpty ? "it is empty" : "indexes run from 0 to \(sequence.items.count - 1)"
                throw ScenarioError(at: override.origin, keyPath: override.path,
                                    "'\(list)' has \(sequence.items.count) entries, so there is no entry \(index) (\(range))")
            }
            return index
        }
        let known = names.compactMap { $0 }
        throw ScenarioError(at: override.origin, keyPath: override.path,
                            "'\(list)' has no entry named '\(segment)'" + Suggestion.hint(for: segment, among: known)
                                + " (entries are named by their 'name' or by their index from 0)")
    }
}

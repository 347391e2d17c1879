import ScenarioReading

/// Finding a node again by its key path, to locate errors found after decoding.
extension YAMLNode {
    /// The node at `path`, if the document has it.
    func node(at path: KeyPath) -> YAMLNode? {
        var current = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .mapping(let mapping)):
                guard let next = mapping[key] else { return nil }
                current = next
            case (.index(let index), .sequence(let sequence)):
                guard sequence.items.indices.contains(index) else { return nil }
                current = sequence.items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Where the node at `path` is, or its nearest written ancestor when the value at
    /// `path` is a default the file does not write.
    func location(of path: KeyPath) -> SourceLocation {
        var probe = path
        while true {
            if let node = node(at: probe) { return node.location }
            if probe.components.isEmpty { return location }
            probe = probe.parent
        }
    }
}

/// A mapping whose keys have been checked against the known ones: hands out readers for
/// required and optional keys.
struct MappingReader {
    let mapping: YAMLMapping
    let path: KeyPath
    let context: ReadContext

    /// The value of a key that must be present and not empty.
    func required(_ key: String) throws(ScenarioError) -> NodeReader {
        guard let value = mapping[key], !value.isNull else {
            if let entry = mapping.entry(key) {
                throw ScenarioError(at: entry.key.location, keyPath: path.appending(key: key).description,
                                    "'\(key)' needs a value")
            }
            throw ScenarioError(at: mapping.location, keyPath: path.description, "missing required key '\(key)'")
        }
        return NodeReader(value, path: path.appending(key: key), context: context)
    }

    /// The value of an optional key; nil when absent or empty (`key:` or `key: null`).
    func optional(_ key: String) -> NodeReader? {
        guard let value = mapping[key], !value.isNull else { return nil }
        return NodeReader(value, path: path.appending(key: key), context: context)
    }

    /// The optional key read by `read`, or `defaultValue` when absent.
    func optional<T>(_ key: String, default defaultValue: T,
                     _ read: (NodeReader) throws(ScenarioError) -> T) throws(ScenarioError) -> T {
        guard let reader = optional(key) else { return defaultValue }
        return try read(reader)
    }
}

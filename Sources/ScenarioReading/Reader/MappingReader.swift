/// A mapping whose keys have been checked against the known ones: hands out readers for
/// required and optional keys.
package struct MappingReader {
    package let mapping: YAMLMapping
    package let path: KeyPath
    package let context: ReadContext

    package init(mapping: YAMLMapping, path: KeyPath, context: ReadContext) {
        self.mapping = mapping
        self.path = path
        self.context = context
    }

    /// The value of a key that must be present and not empty.
    package func required(_ key: String) throws(ScenarioError) -> NodeReader {
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
    package func optional(_ key: String) -> NodeReader? {
        guard let value = mapping[key], !value.isNull else { return nil }
        return NodeReader(value, path: path.appending(key: key), context: context)
    }

    /// The optional key read by `read`, or `defaultValue` when absent.
    package func optional<T>(_ key: String, default defaultValue: T,
                     _ read: (NodeReader) throws(ScenarioError) -> T) throws(ScenarioError) -> T {
        guard let reader = optional(key) else { return defaultValue }
        return try read(reader)
    }
}

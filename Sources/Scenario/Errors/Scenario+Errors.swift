import ScenarioReading

extension Scenario {
    /// `error` as a located scenario error: at the item it comes from, in `file` (the
    /// scenario's path, used when the scenario has no document or the item is not written).
    public func error(_ error: TopologyError, file: String) -> ScenarioError {
        located(error.path, error.message, file: file)
    }

    /// An error found after loading about `section` (a top-level key), optionally its
    /// list item `index` and that item's `key`: e.g. `traffic[0].to`.
    public func error(in section: String, item index: Int? = nil, key: String? = nil,
                      _ message: String, file: String) -> ScenarioError {
        var path = KeyPath.root.appending(key: section)
        if let index { path = path.appending(index: index) }
        if let key { path = path.appending(key: key) }
        return located(path, message, file: file)
    }

    private func located(_ path: KeyPath, _ message: String, file: String) -> ScenarioError {
        let location = source.location(of: path).flatMap { $0.line > 0 ? $0 : nil } ?? .wholeFile(file)
        return ScenarioError(at: location, keyPath: path.description, message)
    }
}

/// Something the export holds that the scenario cannot use (yet): written at the end of the
/// scenario file and on stderr, never dropped silently.
public struct UnusedItem: Sendable, CustomStringConvertible {
    /// The resource id (or ARN).
    public var id: String
    /// Why it is left out.
    public var reason: String
    public var source: ItemSource

    public var description: String { "\(id): \(reason) (\(source))" }
}

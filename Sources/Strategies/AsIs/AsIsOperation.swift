/// The AWS API calls AsIsStrategy makes: none (the estate is read from an export before the
/// run, not built).
public struct AsIsOperation: DesignOperation {
    public let rawValue: Int
    /// No raw value names a call of as-is.
    public init?(rawValue: Int) { return nil }
    public static var allCases: [AsIsOperation] { [] }
}

extension AsIsStrategy {
    public typealias Operation = AsIsOperation
}

/// The control-plane events of AsIsStrategy: none, since nothing is provisioned. Its
/// sub-range of the control plane's 0..<1000 is reserved all the same
/// (`AsIsStrategy.eventRange`).
public struct AsIsEventKind: ControlPlaneEvent {
    public let rawValue: UInt32
    /// No raw value names an event of as-is.
    public init?(rawValue: UInt32) { return nil }
    public static var allCases: [AsIsEventKind] { [] }
}

extension AsIsStrategy {
    public typealias EventKind = AsIsEventKind
    public static var eventRange: Range<UInt32> { 600..<700 }
}

import SimKernel

/// The operations of AsIsStrategy that take time: none. The estate exists at time 0, so
/// as-is invents no delay (its `control_plane:` keys are none).
public struct AsIsTimedOperation: TimedOperation {
    public let rawValue: Int
    /// No raw value names an operation of as-is.
    public init?(rawValue: Int) { return nil }
    public static var allCases: [AsIsTimedOperation] { [] }
    public var definition: DelayDefinition? { nil }
    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? { nil }
}

extension AsIsStrategy {
    public typealias TimedOperation = AsIsTimedOperation
}

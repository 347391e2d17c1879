import SimKernel

/// One control-plane operation's duration as a scenario sets it: its key under
/// `control_plane:` (also its random stream, `controlplane.<key>`), its default and where
/// that default comes from. AWS publishes no provisioning times: a default is a measured
/// data point or an assumption marked ⚠ in `source`.
public struct DelayDefinition: Sendable, Hashable {
    /// The `control_plane:` key, e.g. `peering_create`.
    public let key: String
    /// The distribution used when the scenario does not set the key.
    public let defaultValue: DistributionSpec
    /// Where the default comes from (⚠ marks an assumption).
    public let source: String

    /// A delay uniform between `min` and `max` (literal durations, e.g. `1s`, `150s`).
    public init(key: String, uniformFrom min: String, to max: String, source: String) {
        self.key = key
        // Literal, valid text: parsing cannot fail (a test checks every default).
        defaultValue = try! DistributionSpec.parse("uniform(min=\(min), max=\(max))", kind: .duration)
        self.source = source
    }
}

/// Delays of operations more than one design makes.
public enum SharedDelays {
    /// `CreateRoute` calls for one side of a connection (issued together) until the routes
    /// are in place, and likewise security-group rules.
    public static let routeCreate = DelayDefinition(
        key: "route_create", uniformFrom: "1s", to: "3s",
        source: "⚠ assumption: API calls of seconds, no provisioning")
}

/// One design's timed operations, as a local enum: each case is drawn from its own random
/// stream (`controlplane.<key>`), so changing one delay leaves every other draw unchanged.
public protocol TimedOperation: RawRepresentable, CaseIterable, Sendable where RawValue == Int {
    /// The stream's key (`peering_create`, `peering_acceptance`).
    var key: String { get }
    /// The `control_plane:` delay this operation takes, if it is one (acceptance delays
    /// come from the design's own options instead).
    var definition: DelayDefinition? { get }
    /// The distribution in force; nil for an operation that completes at once (an
    /// automatic acceptance).
    func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec?
}

extension TimedOperation {
    public var key: String { definition?.key ?? "" }

    /// A `control_plane:` delay: the scenario's value, or the default.
    public func configuredDelay(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        definition.map { configuration.delays[$0] }
    }
}

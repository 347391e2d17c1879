import SimKernel

/// How long each control-plane API operation takes, as the scenario's `control_plane:`
/// section sets it: distributions of simulated time by key, over the defaults every design
/// declares (`ConnectivityStrategy.delays`). Human acceptance delays are not here: they
/// come from each design's options (`peering.acceptance`, ...).
public struct ControlPlaneDelays: Equatable, Sendable {
    /// The values the scenario set, by key.
    public private(set) var overrides: [String: DistributionSpec] = [:]

    public init() {}

    /// Nothing overridden: every delay at its default.
    public static let defaults = ControlPlaneDelays()

    /// The delay in force for `definition`.
    public subscript(_ definition: DelayDefinition) -> DistributionSpec {
        get { overrides[definition.key] ?? definition.defaultValue }
        set { overrides[definition.key] = newValue }
    }

    /// The delay in force for a design's timed operation that is a `control_plane:` delay.
    public subscript<Operation: TimedOperation>(_ operation: Operation) -> DistributionSpec {
        guard let definition = operation.definition else {
            preconditionFailure("\(operation) is not a control_plane: delay")
        }
        return self[definition]
    }

    /// Every `control_plane:` delay of the registered designs, each once, in registry order.
    public static var definitions: [DelayDefinition] {
        var seen: Set<String> = []
        return DesignRegistry.designs.flatMap { definitions(of: $0) }.filter { seen.insert($0.key).inserted }
    }

    /// The `control_plane:` delays `design`'s timed operations take.
    public static func definitions(of design: any ConnectivityStrategy.Type) -> [DelayDefinition] {
        func delays<Strategy: ConnectivityStrategy>(_ type: Strategy.Type) -> [DelayDefinition] {
            Strategy.TimedOperation.allCases.compactMap(\.definition)
        }
        return delays(design)
    }
}

import SimKernel

/// Draws the duration of each of a design's timed operations, one random stream per
/// operation derived from (seed, `controlplane.<key>`, replication), so that changing one
/// delay's distribution leaves the draws of every other kind unchanged.
final class OperationTimer {
    private let distributions: [DistributionSpec?]
    private let streams: [RandomStream]

    init<Operation: TimedOperation>(_ operations: Operation.Type, configuration: ControlPlaneConfiguration) {
        distributions = Operation.allCases.map { $0.distribution(in: configuration) }
        streams = Operation.allCases.map {
            RandomStream(runSeed: configuration.seed, purpose: "controlplane." + $0.key, index: UInt64(configuration.replication))
        }
    }

    /// One duration of `operation`; zero for an automatic acceptance.
    @inline(__always)
    func draw<Operation: TimedOperation>(_ operation: Operation) -> SimTime {
        guard let spec = distributions[operation.rawValue] else { return .zero }
        return spec.sampleTime(streams[operation.rawValue])
    }

    /// Whether acceptance of this kind is automatic (no human in the loop).
    func isAutomatic<Operation: TimedOperation>(_ operation: Operation) -> Bool { distributions[operation.rawValue] == nil }
}

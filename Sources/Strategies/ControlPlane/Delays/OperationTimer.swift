import SimKernel

/// Draws the duration of each of a design's timed operations, one random stream per
/// operation derived from (seed, `controlplane.<key>`, replication), so that changing one
/// delay's distribution leaves the draws of every other kind unchanged.
final class OperationTimer {
    /// Per operation (by raw value), its clock; nil: an automatic acceptance.
    private let clocks: [Clock?]

    init<Operation: TimedOperation>(_ operations: Operation.Type, configuration: ControlPlaneConfiguration) {
        clocks = Operation.allCases.map { operation in
            operation.distribution(in: configuration).map { distribution in
                Clock(distribution: distribution,
                      stream: RandomStream(runSeed: configuration.seed, purpose: "controlplane." + operation.key,
                                           index: UInt64(configuration.replication)))
            }
        }
    }

    /// One duration of `operation`; zero for an automatic acceptance.
    @inline(__always)
    func draw<Operation: TimedOperation>(_ operation: Operation) -> SimTime {
        clocks[operation.rawValue]?.draw() ?? .zero
    }

    /// Whether acceptance of this kind is automatic (no human in the loop).
    func isAutomatic<Operation: TimedOperation>(_ operation: Operation) -> Bool { clocks[operation.rawValue] == nil }

    /// One operation's distribution and stream, held by reference so that a draw reads the
    /// distribution in place (copying a `DistributionSpec` per draw retained its parameter
    /// list and sampler: about 5 % of a 2,000-VPC mesh's provisioning).
    private final class Clock {
        let distribution: DistributionSpec
        let stream: RandomStream

        init(distribution: DistributionSpec, stream: RandomStream) {
            self.distribution = distribution
            self.stream = stream
        }

        @inline(__always)
        func draw() -> SimTime { distribution.sampleTime(stream) }
    }
}

import SimKernel

/// A delay with a hard lower bound: `floor + body`, where `body` is any duration
/// distribution. Every network delay in vpcsim has this form: a propagation floor that no
/// packet beats, plus a right-skewed excess. A plain distribution is the case `floor = 0`.
///
/// Sampling is one draw of `body` plus an integer add: no allocation, no lookup.
public struct DelayDistribution: Equatable, Sendable, CustomStringConvertible {
    /// The smallest value the delay can take.
    public let floor: SimTime
    /// The excess over the floor (a duration distribution).
    public let body: DistributionSpec

    /// `floor + body`; `body` must describe durations.
    public init(floor: SimTime = .zero, body: DistributionSpec) {
        self.floor = floor
        self.body = body
    }

    /// A fixed delay.
    public static func constant(_ value: SimTime) -> DelayDistribution {
        DelayDistribution(body: .constant(.duration(value)))
    }

    /// No delay at all.
    public static let zero = DelayDistribution.constant(.zero)

    /// One draw, in whole nanoseconds.
    @inlinable @inline(__always)
    public func sample(_ stream: RandomStream) -> SimTime {
        sample(RandomGenerator(pointer: stream.generator))
    }

    /// One draw from a borrowed generator, in whole nanoseconds.
    @inlinable @inline(__always)
    public func sample(_ generator: RandomGenerator) -> SimTime {
        SimTime(nanoseconds: floor.nanoseconds &+ body.sampleTime(generator).nanoseconds)
    }

    /// The p-quantile (0 < p < 1), in nanoseconds: the floor plus the body's quantile.
    public func quantile(_ p: Double) -> Double {
        Double(floor.nanoseconds) + body.quantile(p)
    }

    /// The mean in nanoseconds, when the body's mean is finite.
    public var mean: Double? { body.mean.map { Double(floor.nanoseconds) + $0 } }

    /// `floor + body` (`71.2ms + lognormal(median=3.8ms, p90=7.6ms)`), or the body alone
    /// when there is no floor.
    public var description: String {
        floor == .zero ? body.description : "\(floor) + \(body)"
    }
}

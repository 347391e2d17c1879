import CloudModel
import SimKernel

/// A delay as the per-request path draws it: a constant is added without touching a
/// random stream (a constant distribution draws nothing, so skipping it changes no stream).
struct DelayDraw {
    let distribution: DelayDistribution
    /// The value in ns when the delay is constant, -1 otherwise.
    let constant: Int64

    init(_ distribution: DelayDistribution) {
        self.distribution = distribution
        if distribution.body.family == .constant {
            let x = distribution.body.quantile(0.5)
            constant = distribution.floor.nanoseconds + (x > 0 ? Int64(x.rounded()) : 0)
        } else {
            constant = -1
        }
    }

    /// One draw, ns.
    @inline(__always)
    func sample(_ generator: RandomGenerator) -> Int64 {
        constant >= 0 ? constant : distribution.sample(generator).nanoseconds
    }
}

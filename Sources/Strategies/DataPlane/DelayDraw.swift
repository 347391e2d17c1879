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
    func sample(_ stream: RandomStream) -> Int64 {
        constant >= 0 ? constant : distribution.sample(stream).nanoseconds
    }
}

/// The delays of one region pair, as drawn on the per-request path (`PathLatency` with the
/// missing inter-region round trip of a same-region pair as zero). A class with `let`
/// fields, lent by a `BorrowTable`, so draws borrow the distributions in place.
final class PathDelays {
    let rtt: DelayDraw
    let sameAZ: DelayDraw
    let crossAZ: DelayDraw
    let privateLinkHop: DelayDraw
    let tgwHop: DelayDraw
    let forwardShare: Double

    init(_ path: PathLatency) {
        rtt = DelayDraw(path.rtt ?? .zero)
        sameAZ = DelayDraw(path.sameAZ)
        crossAZ = DelayDraw(path.crossAZ)
        privateLinkHop = DelayDraw(path.privateLinkHop)
        tgwHop = DelayDraw(path.tgwHop)
        forwardShare = path.forwardShare
    }
}

/// A distribution lent by a `BorrowTable` (service times, message sizes), with its value
/// when it is a constant.
final class Draw {
    let distribution: DistributionSpec
    /// The value (base units) when constant, nil otherwise.
    let constant: Double?

    init(_ distribution: DistributionSpec) {
        self.distribution = distribution
        constant = distribution.family == .constant ? distribution.quantile(0.5) : nil
    }
}

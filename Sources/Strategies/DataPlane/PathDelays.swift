import CloudModel

/// The delays of one region pair, as drawn on the per-request path (`PathLatency` with the
/// missing inter-region round trip of a same-region pair as zero). A class with `let`
/// fields, lent by a `BorrowTable`, so draws borrow the distributions in place.
final class PathDelays {
    let rtt: DelayDraw
    let sameAZ: DelayDraw
    let crossAZ: DelayDraw
    /// The design's hops, in the order of its `hops` (`LatencyComponents.hop`).
    let hops: [DelayDraw]
    /// The load balancers' hops, in `LoadBalancerHops.all` order (`LatencyComponents.balancer` − 1).
    let balancers: [DelayDraw]
    let forwardShare: Double

    init(_ path: PathLatency, hops: [HopDefinition]) {
        rtt = DelayDraw(path.rtt ?? .zero)
        sameAZ = DelayDraw(path.sameAZ)
        crossAZ = DelayDraw(path.crossAZ)
        self.hops = hops.map { DelayDraw(path.hop($0)) }
        balancers = LoadBalancerHops.all.map { DelayDraw(path.hop($0)) }
        forwardShare = path.forwardShare
    }
}

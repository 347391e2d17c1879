import CloudModel

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

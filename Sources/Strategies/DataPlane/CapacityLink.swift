/// A capacity limit as a FIFO link: a message occupies it for the longer of its bytes at
/// the link's bandwidth and its packets at the link's packet rate, and waits until the
/// messages ahead have passed. Below the limits the wait is zero.
struct CapacityLink {
    /// When the last message admitted has passed, ns.
    var freeAt: Int64 = 0
    let nanosecondsPerByte: Double
    /// Zero when the link has no packet-rate limit.
    let nanosecondsPerPacket: Double
    let payloadPerPacket: Double

    init(gbps: Double, packetsPerSecond: Double?, mtu: Int) {
        nanosecondsPerByte = 8 / gbps
        nanosecondsPerPacket = packetsPerSecond.map { 1e9 / $0 } ?? 0
        payloadPerPacket = Double(Swift.max(1, mtu - 40))
    }

    /// Admits a message of `bytes` at `now`; returns how long it waits, ns.
    @inline(__always)
    mutating func pass(bytes: Int32, at now: Int64) -> Int64 {
        let size = Double(bytes)
        var occupancy = size * nanosecondsPerByte
        if nanosecondsPerPacket > 0 {
            let packets = Swift.max(1, (size / payloadPerPacket).rounded(.up))
            occupancy = Swift.max(occupancy, packets * nanosecondsPerPacket)
        }
        let start = Swift.max(now, freeAt)
        freeAt = start &+ Int64(occupancy.rounded(.up))
        return start &- now
    }
}

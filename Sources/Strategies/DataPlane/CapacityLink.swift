/// A capacity limit as a FIFO link: a message occupies it for the longer of its bytes at
/// the link's bandwidth and its packets at the link's packet rate, and waits until the
/// messages ahead have passed. Below the limits the wait is zero.
public struct CapacityLink {
    /// When the last message admitted has passed, ns.
    var freeAt: Int64 = 0
    let nanosecondsPerByte: Double
    /// Zero when the link has no packet-rate limit.
    let nanosecondsPerPacket: Double
    /// Payload bytes per packet (MTU less 40 bytes of IP and TCP headers).
    let payloadPerPacket: Int64
    /// Bytes admitted so far: what the link has carried (per-AZ accounting).
    private(set) var bytes: Int64 = 0

    init(gbps: Double, packetsPerSecond: Double?, mtu: Int) {
        nanosecondsPerByte = 8 / gbps
        nanosecondsPerPacket = packetsPerSecond.map { 1e9 / $0 } ?? 0
        payloadPerPacket = Int64(Swift.max(1, mtu - 40))
    }

    /// Admits a message of `bytes` at `now`; returns how long it waits, ns.
    @inline(__always)
    mutating func pass(bytes: Int32, at now: Int64) -> Int64 {
        var occupancy = Double(bytes) * nanosecondsPerByte
        if nanosecondsPerPacket > 0 {
            let packets = Swift.max(1, (Int64(bytes) + payloadPerPacket - 1) / payloadPerPacket)
            occupancy = Swift.max(occupancy, Double(packets) * nanosecondsPerPacket)
        }
        // Whole nanoseconds, rounded up.
        var whole = Int64(occupancy)
        if Double(whole) < occupancy { whole += 1 }
        let start = Swift.max(now, freeAt)
        freeAt = start &+ whole
        self.bytes &+= Int64(bytes)
        return start &- now
    }
}

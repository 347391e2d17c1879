/// A design's capacity limits as FIFO links: a message occupies its link for the longer of
/// its bytes at the links' bandwidth and its packets at their packet rate, and waits until
/// the messages ahead have passed. Below the limits the wait is zero.
///
/// Every link of a design has the same capacity (an endpoint interface, a TGW attachment,
/// per AZ), so the constants are held once and each link is only its state: 16 bytes, so a
/// run's links stay in the processor's cache (24,000 endpoint links on the reference
/// workload: 375 KiB, where a link of 40 bytes, constants included, took 938 KiB).
public struct CapacityLinks: Sendable {
    /// What changes as a link carries messages.
    struct State: Sendable {
        /// When the last message admitted has passed, ns.
        var freeAt: Int64 = 0
        /// Bytes admitted so far: what the link has carried (per-AZ accounting).
        var bytes: Int64 = 0
    }

    /// Per link.
    var state: [State]
    let nanosecondsPerByte: Double
    /// Zero when the links have no packet-rate limit.
    let nanosecondsPerPacket: Double
    /// Payload bytes per packet (MTU less 40 bytes of IP and TCP headers).
    let payloadPerPacket: Int64

    /// `count` idle links of the given capacity.
    init(count: Int, gbps: Double, packetsPerSecond: Double?, mtu: Int) {
        state = Array(repeating: State(), count: count)
        nanosecondsPerByte = 8 / gbps
        nanosecondsPerPacket = packetsPerSecond.map { 1e9 / $0 } ?? 0
        payloadPerPacket = Int64(Swift.max(1, mtu - 40))
    }

    /// No links: a design with no capacity checkpoint.
    static let none = CapacityLinks(count: 0, gbps: 1, packetsPerSecond: nil, mtu: 1500)

    var isEmpty: Bool { state.isEmpty }
    /// Per link, the bytes it has carried.
    var bytes: [Int64] { state.map(\.bytes) }

    /// Admits a message of `bytes` at `now` on link `link`; returns how long it waits, ns.
    @inline(__always)
    mutating func pass(_ link: Int, bytes: Int32, at now: Int64) -> Int64 {
        var occupancy = Double(bytes) * nanosecondsPerByte
        if nanosecondsPerPacket > 0 {
            let packets = Swift.max(1, (Int64(bytes) + payloadPerPacket - 1) / payloadPerPacket)
            occupancy = Swift.max(occupancy, Double(packets) * nanosecondsPerPacket)
        }
        // Whole nanoseconds, rounded up.
        var whole = Int64(occupancy)
        if Double(whole) < occupancy { whole += 1 }
        let start = Swift.max(now, state[link].freeAt)
        state[link].freeAt = start &+ whole
        state[link].bytes &+= Int64(bytes)
        return start &- now
    }
}

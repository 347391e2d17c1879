/// What is down and what clients avoid, per global AZ.
///
/// Two views on purpose: `down` is the truth (requests there fail), `avoided` is what
/// clients and load balancers believe after the detection delay (routing skips those
/// AZs). Between an outage's start and its detection, traffic still goes to the dead AZ.
public struct ZoneHealth {
    /// Outages in force per zone (overlapping outages nest).
    var downCount: [Int32]
    /// Detected outages per zone.
    var avoidCount: [Int32]
    /// When each zone last went down (ns), or `Int64.min`.
    var lastDownAt: [Int64]
    /// Zones down now, and zones avoided now.
    var zonesDown = 0
    var zonesAvoided = 0
    /// When any zone last went down (ns), or `Int64.min`: the fast path of `broken`.
    var lastAnyDownAt = Int64.min

    init(zoneCount: Int) {
        downCount = Array(repeating: 0, count: zoneCount)
        avoidCount = Array(repeating: 0, count: zoneCount)
        lastDownAt = Array(repeating: .min, count: zoneCount)
    }

    @inline(__always) func isAvoided(_ zone: UInt16) -> Bool { avoidCount[Int(zone)] > 0 }

    /// Whether `zone` is down now.
    @inline(__always) func isDown(_ zone: UInt16) -> Bool { zonesDown > 0 && downCount[Int(zone)] > 0 }

    /// Whether `zone` has gone down at or after `start` (the zone is read only if some
    /// zone has).
    @inline(__always)
    func wentDown(_ zone: @autoclosure () -> Int, since start: Int64) -> Bool {
        lastAnyDownAt >= start && lastDownAt[zone()] >= start
    }

    /// Whether a request started at `start` has lost an AZ it relies on: one of its zones
    /// is down now or went down since it started.
    @inline(__always)
    func broken(_ zones: PathZones, since start: Int64) -> Bool {
        if zonesDown == 0 && lastAnyDownAt < start { return false }
        for i in 0..<zones.count {
            let z = Int(zones[i])
            if downCount[z] > 0 || lastDownAt[z] >= start { return true }
        }
        return false
    }

    /// Picks one of `count` zones listed in `list` from `start` with the uniform `u`,
    /// skipping avoided ones (all of them if every one is avoided). Returns the position.
    @inline(__always)
    func pick(in list: [UInt16], start: Int32, count: Int32, u: Double) -> Int {
        let n = Int(count)
        if zonesAvoided == 0 { return Swift.min(Int(u * Double(n)), n - 1) }
        var healthy = 0
        for k in 0..<n where !isAvoided(list[Int(start) + k]) { healthy += 1 }
        if healthy == 0 || healthy == n { return Swift.min(Int(u * Double(n)), n - 1) }
        var rank = Swift.min(Int(u * Double(healthy)), healthy - 1)
        for k in 0..<n where !isAvoided(list[Int(start) + k]) {
            if rank == 0 { return k }
            rank -= 1
        }
        return n - 1
    }
}

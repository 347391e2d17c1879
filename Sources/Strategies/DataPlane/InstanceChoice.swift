extension DataPlaneLayout {
    /// An instance chosen uniformly among those in AZs not avoided (all, if every AZ is).
    @inline(__always)
    func anyInstance(_ service: Service, u: Double, health: ZoneHealth) -> (instance: Int32, zone: UInt16, zoneSlot: Int) {
        let n = Int(service.zoneCount)
        var healthy = n
        if health.zonesAvoided > 0 {
            healthy = 0
            for k in 0..<n where !health.isAvoided(zoneList[Int(service.zoneStart) + k]) { healthy += 1 }
            if healthy == 0 { healthy = n }
        }
        let x = u * Double(healthy)
        var rank = Swift.min(Int(x), healthy - 1)
        let fraction = x - Double(rank)
        var zoneSlot = rank
        if healthy != n {
            for k in 0..<n where !health.isAvoided(zoneList[Int(service.zoneStart) + k]) {
                if rank == 0 { zoneSlot = k; break }
                rank -= 1
            }
        }
        return instance(service, zoneSlot: zoneSlot, u: fraction)
    }

    /// An instance chosen uniformly in the provider AZ at `zoneSlot`.
    @inline(__always)
    func instance(_ service: Service, zoneSlot: Int, u: Double) -> (instance: Int32, zone: UInt16, zoneSlot: Int) {
        let perAZ = Int(service.perAZ)
        let k = Swift.min(Int(u * Double(perAZ)), perAZ - 1)
        return (service.instanceBase + Int32(zoneSlot * perAZ + k), zoneList[Int(service.zoneStart) + zoneSlot], zoneSlot)
    }
}

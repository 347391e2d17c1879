import SimKernel

extension DataPlane {
    /// Schedules each fault's events, at times counted from `origin`: for an AZ outage,
    /// down at its start, up at its end, avoided a detection delay after each; for every
    /// fault, its window's opening and (for a temporary one) closing.
    func scheduleFaults<Queue: EventQueue>(in simulator: inout Simulator<Queue>) {
        let runEnd = SimTime(nanoseconds: duration)
        let origin = SimTime(nanoseconds: self.origin)
        for (index, fault) in faults.enumerated() {
            let a = UInt32(index)
            let relative = fault.window(runEnd: runEnd)
            let window = (origin + relative.lowerBound)..<(origin + relative.upperBound)
            // The window opens first: equal times fire in scheduling order, and the requests
            // an outage fails at its first instant belong to the window.
            simulator.schedule(at: Swift.max(window.lowerBound, simulator.now),
                               kind: DataPlaneEventKind.windowOpen.rawValue, a: a)
            if case .zoneOutage(let outage) = fault {
                let zone = UInt32(layout.zoneBase[outage.region] + outage.zone)
                func at(_ t: SimTime, _ kind: DataPlaneEventKind) {
                    simulator.schedule(at: Swift.max(origin + t, simulator.now), kind: kind.rawValue, target: zone, a: a)
                }
                at(outage.start, .zoneDown)
                at(outage.start + outage.detection, .zoneAvoid)
                if let length = outage.duration {
                    at(outage.start + length, .zoneUp)
                    at(outage.start + length + outage.detection, .zoneRestore)
                }
            }
            if fault.isTemporary {
                simulator.schedule(at: Swift.max(window.upperBound, simulator.now),
                                   kind: DataPlaneEventKind.windowClose.rawValue, a: a)
            }
        }
    }

    /// Zone and window events.
    mutating func handleFaultEvent<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        let zone = Int(event.target)
        switch event.kind {
        case DataPlaneEventKind.zoneDown.rawValue:
            health.downCount[zone] += 1
            if health.downCount[zone] == 1 { health.zonesDown += 1 }
            health.lastDownAt[zone] = event.time
            health.lastAnyDownAt = event.time
            // Requests waiting at instances there fail now; those in service fail when their
            // completion comes (the station forgets them here).
            for instance in layout.instancesByZone[zone] {
                for slot in stations[Int(instance)].drain() {
                    // Their timeouts are void: the slot is freed now.
                    let sequence = slab.records[Int(slot)].timeoutSequence
                    if sequence != 0 {
                        simulator.cancel(EventID(sequence: sequence &- 1))
                        slab.records[Int(slot)].timeoutSequence = 0
                    }
                    fail(slot, .azOutage, at: event.time)
                }
            }
        case DataPlaneEventKind.zoneUp.rawValue:
            health.downCount[zone] -= 1
            if health.downCount[zone] == 0 { health.zonesDown -= 1 }
        case DataPlaneEventKind.zoneAvoid.rawValue:
            guard health.downCount[zone] > 0 else { return }
            avoidApplied[Int(event.a)] = true
            health.avoidCount[zone] += 1
            if health.avoidCount[zone] == 1 { health.zonesAvoided += 1 }
        case DataPlaneEventKind.zoneRestore.rawValue:
            guard avoidApplied[Int(event.a)] else { return }
            avoidApplied[Int(event.a)] = false
            health.avoidCount[zone] -= 1
            if health.avoidCount[zone] == 0 { health.zonesAvoided -= 1 }
        case DataPlaneEventKind.windowOpen.rawValue:
            openWindows += 1
        case DataPlaneEventKind.windowClose.rawValue:
            openWindows -= 1
        default:
            preconditionFailure("event kind \(event.kind) is not a data-plane kind")
        }
    }
}

import SimKernel
import Strategies

/// The event handler of one replication: the control plane and the data plane of one
/// strategy on one engine, dispatching by event-kind range, plus the control-plane faults
/// the scenario schedules (which the design applies, see `ConnectivityStrategy.faults`).
///
/// Not generic: the strategy type is opened at run time (`StrategyVisitor`), and a handler
/// generic over it ran the whole engine loop unspecialised (a generic-metadata lookup and
/// witness calls per event). The control plane sits behind `ReplicationControl` and is called
/// only for control-plane events. The demands' reachability is read from `reachability`, a
/// copy of the control plane's table taken again after every control-plane event. Before such
/// an event the copy is dropped, so the control plane updates its own table in place (the copy
/// shares the table's storage; keeping it would make every update copy the whole table).
struct ReplicationModel: EventHandler {
    /// The control plane's `reachability(ofDemand:)` for every demand, as of its last event.
    var reachability: [Reachability]
    var data: DataPlane
    let control: any ReplicationControl
    /// Control-plane faults by index (the event's `target`).
    let faults: [ControlPlaneFault]

    init(control: any ReplicationControl, data: DataPlane, faults: [ControlPlaneFault]) {
        self.reachability = control.demandStatus
        self.data = data
        self.control = control
        self.faults = faults
    }

    /// Event kinds of the replication itself, above the planes' ranges.
    static var faultKind: UInt32 { 2000 }

    /// The data plane prefetches what its next event will touch.
    @inline(__always)
    func anticipate(_ event: Event) {
        if event.kind >= DataPlaneEventKind.range.lowerBound && event.kind < DataPlaneEventKind.range.upperBound {
            data.anticipate(event)
        }
    }

    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        if event.kind >= DataPlaneEventKind.range.lowerBound && event.kind < DataPlaneEventKind.range.upperBound {
            // The control plane's answer is read from the copy, so that the control plane is
            // neither copied nor called on the per-event path.
            let demand = Int(event.target)
            let known = event.kind == DataPlaneEventKind.arrival.rawValue
                ? KnownReachability(demand: demand, value: reachability[demand])
                : KnownReachability.none
            data.handle(event, in: &simulator, connectivity: known)
        } else {
            reachability = []
            if event.kind < ControlPlaneEventKind.range.upperBound {
                control.handle(event, in: &simulator)
            } else {
                precondition(event.kind == Self.faultKind, "event kind \(event.kind) has no handler")
                control.apply(faults[Int(event.target)], in: &simulator)
            }
            reachability = control.demandStatus
        }
    }
}

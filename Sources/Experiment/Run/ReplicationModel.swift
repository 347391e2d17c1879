import SimKernel
import Strategies

/// The event handler of one replication: the control plane and the data plane of one
/// strategy on one engine, dispatching by event-kind range, plus the control-plane faults
/// the scenario schedules (which the design applies, see `ConnectivityStrategy.faults`).
///
/// Generic over the strategy, so the per-event path is specialised end to end.
struct ReplicationModel<Strategy: ConnectivityStrategy>: EventHandler {
    var control: ControlPlane<Strategy>
    var data: DataPlane
    /// Control-plane faults by index (the event's `target`).
    let faults: [ControlPlaneFault]

    /// Event kinds of the replication itself, above the planes' ranges.
    static var faultKind: UInt32 { 2000 }

    mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        if event.kind >= DataPlaneEventKind.range.lowerBound && event.kind < DataPlaneEventKind.range.upperBound {
            // The control plane is asked before the data plane is entered, so that it is only
            // read, never copied, on the per-event path.
            let demand = Int(event.target)
            let known = event.kind == DataPlaneEventKind.arrival.rawValue
                ? KnownReachability(demand: demand, value: control.reachability(ofDemand: demand))
                : KnownReachability.none
            data.handle(event, in: &simulator, connectivity: known)
        } else if event.kind < ControlPlaneEventKind.range.upperBound {
            control.handle(event, in: &simulator)
        } else {
            precondition(event.kind == Self.faultKind, "event kind \(event.kind) has no handler")
            control.apply(faults[Int(event.target)], in: &simulator)
        }
    }
}


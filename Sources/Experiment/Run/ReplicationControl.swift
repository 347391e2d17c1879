import SimKernel
import Strategies

/// The control plane of one replication behind a non-generic face, so that the replication's
/// handler (`ReplicationModel`) and the engine's run loop around it are compiled for concrete
/// types: the strategy type is opened at run time (`StrategyVisitor`), and a handler generic
/// over it made every event pay a generic-metadata lookup and witness-table calls. Only
/// control-plane events (none at all in a provisioned run without faults) go through this
/// existential; data-plane events never touch it.
protocol ReplicationControl: AnyObject {
    /// The control plane's `reachability(ofDemand:)` for every demand, now.
    var demandStatus: [Reachability] { get }
    /// Handles one control-plane event (kind in `ControlPlaneEventKind.range`).
    func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>)
    /// Applies one of the scenario's control-plane faults.
    func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>)
}

/// `ReplicationControl` over the control plane of one design.
final class ControlPlaneBox<Strategy: ConnectivityStrategy>: ReplicationControl {
    /// The control plane; read it back after the run.
    var plane: ControlPlane<Strategy>

    init(_ plane: ControlPlane<Strategy>) {
        self.plane = plane
    }

    var demandStatus: [Reachability] { plane.ledger.demandStatus }

    func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>) {
        plane.handle(event, in: &simulator)
    }

    func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>) {
        plane.apply(fault, in: &simulator)
    }
}

import SimKernel

extension AsIsStrategy {
    /// None yet: the scenario's control-plane faults name peerings and endpoints of the
    /// designs that build them.
    public static var faults: [FaultDefinition] { [] }

    /// Ignores every fault (`faults` is empty).
    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) -> Bool { false }
}

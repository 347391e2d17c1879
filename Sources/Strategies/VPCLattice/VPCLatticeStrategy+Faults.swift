import SimKernel

extension VPCLatticeStrategy {
    /// None yet: the scenario's control-plane faults hit peerings and endpoints.
    public static var faults: [FaultDefinition] { [] }

    /// Ignores every fault (`faults` is empty).
    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) -> Bool { false }
}

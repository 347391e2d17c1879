import SimKernel

extension SharedVPCStrategy {
    /// None yet: the scenario's control-plane faults hit peerings between workloads and
    /// endpoints, which this design does not build.
    public static var faults: [FaultDefinition] { [] }

    /// Ignores every fault (`faults` is empty).
    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) -> Bool { false }
}

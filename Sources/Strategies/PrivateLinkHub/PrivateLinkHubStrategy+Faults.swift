import SimKernel

extension PrivateLinkHubStrategy {
    public static var faults: [FaultDefinition] { PrivateLinkFault.definitions }

    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) -> Bool {
        switch PrivateLinkFault(fault) {
        case .endpointRejection: return rejectEndpoint(consumer: fault.a, service: fault.b, in: &simulator, ledger: &ledger)
        case nil: return false
        }
    }

    /// The provider rejects the endpoint: it stays (and is billed) but passes no traffic.
    mutating func rejectEndpoint<Queue: EventQueue>(consumer: Int, service: Int, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) -> Bool {
        guard let e = endpointsOf[consumer].first(where: { endpoints[$0].service == service }) else { return false }
        switch endpoints[e].state {
        case .failed, .rejected, .waitingForService: return false
        case .pendingAcceptance, .pending, .available: break
        }
        if endpoints[e].state == .available { ledger.inventory.connections -= 1 }
        ledger.count(Operation.rejectVpcEndpointConnections)
        endpoints[e].state = .rejected
        refreshEndpoint(e, at: simulator.now, ledger: &ledger)
        return true
    }
}

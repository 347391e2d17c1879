import CloudModel
import SimKernel

extension PrivateLinkHubStrategy {
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let target = Int(event.target)
        switch event.kind {
        case EventKind.loadBalancerActive.rawValue:
            services[target].state = .creatingService
            ledger.inventory.networkInterfaces += providerZones(target)
            // The targets' security group admits the NLB (client addresses are not preserved).
            ledger.count(Operation.authorizeSecurityGroupIngress)
            ledger.inventory.securityGroupRules += 1
            ledger.count(Operation.createVpcEndpointServiceConfiguration)
            ledger.schedule(EventKind.endpointServiceAvailable, after: context.timer.draw(TimedOperation.endpointServiceCreate),
                            target: target, in: &simulator)

        case EventKind.endpointServiceAvailable.rawValue:
            services[target].state = .available
            let waiting = services[target].waiting
            services[target].waiting = []
            for e in waiting where endpoints[e].state == .waitingForService {
                createEndpoint(e, in: &simulator, ledger: &ledger)
            }

        case EventKind.endpointAccepted.rawValue:
            guard endpoints[target].state == .pendingAcceptance else { return }
            ledger.count(Operation.acceptVpcEndpointConnections)
            endpoints[target].state = .pending
            ledger.schedule(EventKind.endpointAvailable, after: context.timer.draw(TimedOperation.endpointCreate), target: target, in: &simulator)

        case EventKind.endpointAvailable.rawValue:
            guard endpoints[target].state == .pending else { return }
            endpoints[target].state = .available
            ledger.inventory.connections += 1
            refreshEndpoint(target, at: simulator.now, ledger: &ledger)

        default:
            preconditionFailure("privatelink-hub: unexpected event kind \(event.kind)")
        }
    }

    /// Recomputes the demands an endpoint serves.
    func refreshEndpoint(_ e: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        let record = endpoints[e]
        context.graph.forEachDemand(between: record.consumer, and: context.topology.services[record.service].vpc) { d in
            if context.topology.demands[d].service == record.service { refresh(demand: d, at: now, ledger: &ledger) }
        }
    }
}

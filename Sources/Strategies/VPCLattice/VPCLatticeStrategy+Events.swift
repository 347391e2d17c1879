import CloudModel
import SimKernel

extension VPCLatticeStrategy {
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let target = Int(event.target)
        switch event.kind {
        case EventKind.serviceNetworkActive.rawValue:
            network[target] = .active
            let services = waitingServices[target], vpcs = waitingVPCs[target]
            waitingServices[target] = []
            waitingVPCs[target] = []
            for s in services { associateService(s, in: &simulator, ledger: &ledger) }
            for v in vpcs { associateVPC(v, in: &simulator, ledger: &ledger) }

        case EventKind.serviceActive.rawValue:
            guard service[target] == .pending else { return }
            service[target] = .active
            let r = context.region(of: context.topology.services[target].vpc)
            if network[r] == .active {
                associateService(target, in: &simulator, ledger: &ledger)
            } else {
                serviceAssociation[target] = .waitingForNetwork
                waitingServices[r].append(target)
            }

        case EventKind.serviceAssociationActive.rawValue:
            guard serviceAssociation[target] == .pending else { return }
            serviceAssociation[target] = .active
            ledger.inventory.connections += 1
            refreshDemands(of: context.topology.services[target].vpc, at: simulator.now, ledger: &ledger)

        case EventKind.vpcAssociationActive.rawValue:
            guard vpcAssociation[target] == .pending else { return }
            vpcAssociation[target] = .active
            ledger.inventory.connections += 1
            refreshDemands(of: target, at: simulator.now, ledger: &ledger)

        default:
            preconditionFailure("vpc-lattice: unexpected event kind \(event.kind)")
        }
    }
}

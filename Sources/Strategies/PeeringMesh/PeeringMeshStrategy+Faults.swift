import CloudModel
import SimKernel

extension PeeringMeshStrategy {
    public static var faults: [FaultDefinition] { PeeringFault.definitions }

    public mutating func apply<Queue: EventQueue>(_ fault: ControlPlaneFault, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) -> Bool {
        switch PeeringFault(fault) {
        case .peeringDeletion: return deletePeering(between: fault.a, and: fault.b, in: &simulator, ledger: &ledger)
        case .peeringRejection: return rejectPeering(between: fault.a, and: fault.b, in: &simulator, ledger: &ledger)
        case nil: return false
        }
    }

    /// Deletes the connection between `a` and `b` (any state but a final one): routes to it
    /// stay as blackholes (still counted, also against the route quota), its peering slot is
    /// given back, and a pending request frees its requester's slot.
    mutating func deletePeering<Queue: EventQueue>(between a: Int, and b: Int,
                                                   in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) -> Bool {
        guard let id = pair(a, b) else { return false }
        let record = peerings[id], state = states[id]
        switch state {
        case .failed, .expired, .rejected, .deleted: return false
        case .planned, .requesting, .pendingAcceptance, .provisioning, .active: break
        }
        ledger.count(Operation.deleteVpcPeeringConnection)
        if state == .active { ledger.inventory.connections -= 1 }
        states[id] = .deleted
        if state == .active {
            // The peering slot is free again; its routes stay in the tables as blackholes,
            // still counting against the route quota.
            held[Int(record.low)] -= 1
            held[Int(record.high)] -= 1
        } else {
            reserve(low: Int(record.low), high: Int(record.high), ruleSides: record.ruleSides, sign: -1)
        }
        if state.holdsPendingSlot { releaseSlot(of: Int(record.high), in: &simulator, ledger: &ledger) }
        refreshPair(id, at: simulator.now, ledger: &ledger)
        return true
    }

    /// The accepter rejects a request that awaits acceptance: `rejected`, its slot and quota
    /// given back. (A pending acceptance or expiry event then finds it rejected and does nothing.)
    mutating func rejectPeering<Queue: EventQueue>(between a: Int, and b: Int,
                                                   in simulator: inout Simulator<Queue>,
                                                   ledger: inout ControlPlaneLedger) -> Bool {
        guard let id = pair(a, b), states[id] == .pendingAcceptance else { return false }
        let record = peerings[id]
        ledger.count(Operation.rejectVpcPeeringConnection)
        states[id] = .rejected
        reserve(low: Int(record.low), high: Int(record.high), ruleSides: record.ruleSides, sign: -1)
        releaseSlot(of: Int(record.high), in: &simulator, ledger: &ledger)
        refreshPair(id, at: simulator.now, ledger: &ledger)
        return true
    }
}

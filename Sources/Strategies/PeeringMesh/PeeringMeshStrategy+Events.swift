import CloudModel
import SimKernel

extension PeeringMeshStrategy {
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let id = Int(event.target)
        let now = simulator.now
        switch event.kind {
        case EventKind.peeringRequested.rawValue:
            guard states[id] == .requesting else { return }
            states[id] = .pendingAcceptance
            let timer = context.timer
            if timer.isAutomatic(TimedOperation.peeringAcceptance) {
                accept(id, requester: Int(event.a), in: &simulator, ledger: &ledger)
                return
            }
            let delay = timer.draw(TimedOperation.peeringAcceptance)
            if let expiry = limits.requestExpiry, delay >= expiry {
                ledger.schedule(EventKind.peeringExpired, after: expiry, target: id, in: &simulator)
            } else {
                ledger.schedule(EventKind.peeringAccepted, after: delay, target: id, a: Int(event.a), in: &simulator)
            }

        case EventKind.peeringAccepted.rawValue:
            guard states[id] == .pendingAcceptance else { return }
            accept(id, requester: Int(event.a), in: &simulator, ledger: &ledger)

        case EventKind.peeringExpired.rawValue:
            guard states[id] == .pendingAcceptance else { return }
            let record = peerings[id]
            states[id] = .expired
            reserve(low: Int(record.low), high: Int(record.high), ruleSides: record.ruleSides, sign: -1)
            releaseSlot(of: Int(record.high), in: &simulator, ledger: &ledger)
            refreshPair(id, at: now, ledger: &ledger)

        case EventKind.peeringActive.rawValue:
            guard states[id] == .provisioning else { return }
            states[id] = .active
            ledger.inventory.connections += 1
            ledger.schedule(EventKind.peeringRoutesAdded, after: context.timer.draw(TimedOperation.routeCreate), target: id, a: 0, in: &simulator)
            ledger.schedule(EventKind.peeringRoutesAdded, after: context.timer.draw(TimedOperation.routeCreate), target: id, a: 1, in: &simulator)

        case EventKind.peeringRoutesAdded.rawValue:
            guard states[id] == .active else { return }
            let side = event.a == 0 ? Int(peerings[id].low) : Int(peerings[id].high)
            installRoutes(id, at: side, ledger: &ledger)
            let peer = peerings[id].other(side)
            for block in context.addresses.vpcBlocks[peer] {
                context.addresses.vpcsNear(block: block) { w in
                    context.graph.forEachDemand(between: side, and: w) { refresh(demand: $0, at: now, ledger: &ledger) }
                }
            }
            if peerings[id].routesDone == 3, mesh == .full, pairIsReachable(id, ledger: ledger) {
                ledger.reachGoal(owner: Int(peerings[id].high), at: now)
            }

        default:
            preconditionFailure("peering-mesh: unexpected event kind \(event.kind)")
        }
    }

    /// Acceptance: the slot of `requester` (the connection's higher VPC) is free again and
    /// provisioning starts.
    private mutating func accept<Queue: EventQueue>(_ id: Int, requester: Int, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.acceptVpcPeeringConnection)
        states[id] = .provisioning
        releaseSlot(of: requester, in: &simulator, ledger: &ledger)
        ledger.schedule(EventKind.peeringActive, after: context.timer.draw(TimedOperation.peeringProvision), target: id, in: &simulator)
    }

    /// One outstanding request of `requester` is settled: send the next planned one.
    mutating func releaseSlot<Queue: EventQueue>(of requester: Int, in simulator: inout Simulator<Queue>,
                                                 ledger: inout ControlPlaneLedger) {
        outstanding[requester] -= 1
        launch(requester: requester, in: &simulator, ledger: &ledger)
    }

    /// Adds the routes (one per peer CIDR in every table of `side`) and, where this side
    /// admits the peer, one inbound rule per peer CIDR.
    private mutating func installRoutes(_ id: Int, at side: Int, ledger: inout ControlPlaneLedger) {
        let peer = peerings[id].other(side)
        let blocks = context.addresses.vpcBlocks[peer]
        let tableCount = tables(side)
        var mask: UInt64 = 0
        for (position, block) in blocks.enumerated() {
            ledger.count(Operation.createRoute, tableCount)
            if routeBits.insert(row: side, column: Int(block)) {
                mask |= 1 << UInt64(position)
                routesInstalled[side][context.addresses.blocks[Int(block)].family] += 1
                ledger.inventory.routeEntriesTotal += tableCount
            }
        }
        ledger.inventory.noteTable(entries: routesInstalled[side].total)
        let bit = peerings[id].sideBit(side)
        if bit == 1 { peerings[id].installedAtLow = mask } else { peerings[id].installedAtHigh = mask }
        peerings[id].routesDone |= bit
        if peerings[id].ruleSides & bit != 0 {
            for block in blocks {
                ledger.count(Operation.authorizeSecurityGroupIngress)
                if ruleBits.insert(row: side, column: Int(block)) { ledger.inventory.securityGroupRules += 1 }
            }
        }
    }

    /// Whether both VPCs of a connection reach each other (the full-mesh goal).
    func pairIsReachable(_ id: Int, ledger: ControlPlaneLedger) -> Bool {
        pairOutcome(id, ledger: ledger) == nil
    }

    /// Nil when both VPCs of the connection reach each other, else the first reason found.
    func pairOutcome(_ id: Int, ledger: ControlPlaneLedger) -> UnreachableReason? {
        let a = Int(peerings[id].low), b = Int(peerings[id].high)
        if case .blocked(let reason) = evaluate(from: a, context.address(of: a), to: b, context.address(of: b),
                                                ledger: ledger) { return reason }
        if case .blocked(let reason) = evaluate(from: b, context.address(of: b), to: a, context.address(of: a),
                                                ledger: ledger) { return reason }
        return nil
    }

    /// Recomputes the demands a connection's change can affect: those between its VPCs and
    /// between each of them and any VPC whose CIDRs overlap the other's.
    func refreshPair(_ id: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        let a = Int(peerings[id].low), b = Int(peerings[id].high)
        for (side, peer) in [(a, b), (b, a)] {
            for block in context.addresses.vpcBlocks[peer] {
                context.addresses.vpcsNear(block: block) { w in
                    context.graph.forEachDemand(between: side, and: w) { refresh(demand: $0, at: now, ledger: &ledger) }
                }
            }
        }
    }
}

import SimKernel

extension SharedVPCStrategy {
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let target = Int(event.target)
        switch EventKind(rawValue: event.kind) {
        case .sharedVPCAvailable:
            vpcState[target] = .available
            for q in vpcState.indices where crossRegion == .peering && q != target && vpcState[q] == .available {
                peer(target, with: q, in: &simulator, ledger: &ledger)
            }
            if crossRegion == .tgwPeering { attachIfReady(target, in: &simulator, ledger: &ledger) }
            let queued = waiting[target]
            waiting[target] = []
            for v in queued { startSharing(v, in: &simulator, ledger: &ledger) }

        case .subnetsShared:
            share[target] = .shared
            ledger.inventory.connections += 1
            admitConsumers(of: target, ledger: &ledger)
            for partner in context.graph.partners(of: target) where share[partner] == .shared {
                admitConsumers(of: partner, ledger: &ledger)
            }
            refreshDemands(of: target, at: simulator.now, ledger: &ledger)

        case .regionPeeringActive:
            peerings[target].state = .available
            ledger.inventory.connections += 1
            requestRegionRoutes(target, ledger: &ledger)
            ledger.schedule(EventKind.regionRoutesAdded, after: context.timer.draw(TimedOperation.routeCreate),
                            target: target, in: &simulator)

        case .regionRoutesAdded:
            peerings[target].routed = peerings[target].failure == nil
            addRegionRoutes(target, ledger: &ledger)
            refreshAllDemands(at: simulator.now, ledger: &ledger)

        case .regionGatewayAvailable:
            gatewayState[target] = .available
            attachIfReady(target, in: &simulator, ledger: &ledger)
            for q in gatewayState.indices where q != target && gatewayState[q] == .available {
                requestGatewayPeering(requester: target, accepter: q, in: &simulator, ledger: &ledger)
            }

        case .regionAttachmentAvailable:
            attachmentState[target] = .available
            ledger.inventory.connections += 1
            ledger.inventory.networkInterfaces += regionZoneCounts[target]
            // The attachment propagates the shared VPC's CIDR into its gateway's table.
            if context.quotas.permits(.tgwRoutesPerTGW, count: gatewayRoutes[target] + 1) {
                gatewayRoutes[target] += 1
                ledger.inventory.routeEntriesPropagated += 1
            } else {
                ledger.violate(.tgwRoutesPerTGW)
                propagationRefused[target] = true
            }
            for q in peeringBetween[target].indices where peeringBetween[target][q] >= 0 {
                routeIfReady(peeringBetween[target][q], in: &simulator, ledger: &ledger)
            }

        case .gatewayPeeringAvailable:
            peerings[target].state = .available
            ledger.inventory.connections += 1
            routeIfReady(target, in: &simulator, ledger: &ledger)

        case .gatewayRoutesAdded:
            // The shared VPCs' routes through their gateways (the gateways' static routes
            // were counted when requested).
            peerings[target].routed = peerings[target].failure == nil
            addRegionRoutes(target, ledger: &ledger)
            refreshAllDemands(at: simulator.now, ledger: &ledger)

        case nil:
            preconditionFailure("shared-vpc has no event of kind \(event.kind)")
        }
    }

    /// Opens provider `p`'s security group to the Region of each of its consumers whose
    /// subnets are shared: one rule per Region (its shared VPC's CIDR).
    mutating func admitConsumers(of p: Int, ledger: inout ControlPlaneLedger) {
        var added = 0
        let graph = context.graph
        for d in graph.demandsOf[p] where graph.provider[Int(d)] == p && graph.consumer[Int(d)] != p {
            let c = graph.consumer[Int(d)], r = context.region(of: c)
            if share[c] == .shared, crossRegion != .noLink || r == context.region(of: p), !admitted[p].contains(r) {
                admitted[p].insert(r)
                added += 1
            }
        }
        guard added > 0 else { return }
        ledger.count(Operation.authorizeSecurityGroupIngress, added)
        ledger.inventory.securityGroupRules += added
        if !context.quotas.permits(.rulesPerSecurityGroup, count: admitted[p].count) {
            ledger.violate(.rulesPerSecurityGroup)
        }
    }
}

import CloudModel
import SimKernel

extension TransitGatewayStrategy {
    public mutating func handle<Queue: EventQueue>(_ event: Event, in simulator: inout Simulator<Queue>,
                                                    ledger: inout ControlPlaneLedger) {
        let target = Int(event.target)
        let now = simulator.now
        switch event.kind {
        case EventKind.transitGatewayAvailable.rawValue:
            gatewayState[target] = .available
            let waiting = waitingAttachments[target]
            waitingAttachments[target] = []
            for v in waiting { startAttachment(v, in: &simulator, ledger: &ledger) }
            for q in gatewayState.indices where q != target && gatewayState[q] == .available {
                requestPeering(requester: target, accepter: q, in: &simulator, ledger: &ledger)
            }

        case EventKind.tgwPeeringAccepted.rawValue:
            guard peerings[target].state == .pendingAcceptance else { return }
            acceptPeering(target, in: &simulator, ledger: &ledger)

        case EventKind.tgwPeeringAvailable.rawValue:
            guard peerings[target].state == .pending else { return }
            peerings[target].state = .available
            ledger.inventory.connections += 1
            let a = peerings[target].accepter, b = peerings[target].requester
            for (from, to) in [(a, b), (b, a)] {
                for u in context.topology.vpcs.indices where attachment[u] == .available && context.region(of: u) == from {
                    addStaticRoutes(of: u, toward: to, ledger: &ledger)
                }
            }
            refreshAllDemands(at: now, ledger: &ledger)

        case EventKind.attachmentAccepted.rawValue:
            guard attachment[target] == .pendingAcceptance else { return }
            ledger.count(Operation.acceptTransitGatewayVpcAttachment)
            attachment[target] = .pending
            ledger.schedule(EventKind.attachmentAvailable, after: context.timer.draw(TimedOperation.tgwAttachment), target: target, in: &simulator)

        case EventKind.attachmentAvailable.rawValue:
            guard attachment[target] == .pending else { return }
            attachment[target] = .available
            ledger.inventory.connections += 1
            ledger.inventory.networkInterfaces += context.topology.vpcs[target].zones.count
            let r = context.region(of: target)
            for block in context.addresses.vpcBlocks[target] {
                addGatewayRoute(in: r, block: block, route: .attachment(target), for: target, ledger: &ledger)
            }
            for q in peeringBetween[r].indices where peeringBetween[r][q] >= 0
                && peerings[peeringBetween[r][q]].state == .available {
                addStaticRoutes(of: target, toward: q, ledger: &ledger)
            }
            ledger.schedule(EventKind.attachmentRoutesAdded, after: context.timer.draw(TimedOperation.routeCreate), target: target, in: &simulator)
            refreshNear(target, at: now, ledger: &ledger)

        case EventKind.attachmentRoutesAdded.rawValue:
            addVPCRoutes(target, ledger: &ledger)
            refreshNear(target, at: now, ledger: &ledger)

        default:
            preconditionFailure("transit-gateway: unexpected event kind \(event.kind)")
        }
    }

    /// Adds a route to a gateway's table unless the destination is taken or the gateway's
    /// route quota is full; records why VPC `v`'s block is missing otherwise.
    @discardableResult
    mutating func addGatewayRoute(in r: Int, block: UInt32, route: TGWRoute, for v: Int,
                                  ledger: inout ControlPlaneLedger) -> Bool {
        guard gatewayTable[r][Int(block)] == .none else {
            refusedAt[v][r] = .overlap
            return false
        }
        guard context.quotas.permits(.tgwRoutesPerTGW, count: gatewayRouteCount[r] + 1) else {
            ledger.violate(.tgwRoutesPerTGW)
            refusedAt[v][r] = .quota
            return false
        }
        gatewayTable[r][Int(block)] = route
        gatewayRouteCount[r] += 1
        // Propagated (an attachment's CIDR) or static (toward a peering), counted apart; not
        // in the fullest-table figure, which is about VPC route tables (a gateway's table has
        // its own quota, tgw_routes_per_tgw, which counts both kinds).
        if case .attachment = route {
            ledger.inventory.routeEntriesPropagated += 1
        } else {
            ledger.inventory.routeEntriesTotal += 1
        }
        return true
    }

    /// Static routes in region `q`'s gateway, toward the peering with VPC `u`'s region, for
    /// each of `u`'s CIDRs that its own gateway propagated.
    mutating func addStaticRoutes(of u: Int, toward q: Int, ledger: inout ControlPlaneLedger) {
        let r = context.region(of: u)
        for block in context.addresses.vpcBlocks[u] where gatewayTable[r][Int(block)] == .attachment(u) {
            ledger.count(Operation.createTransitGatewayRoute)
            addGatewayRoute(in: q, block: block, route: .peering(r), for: u, ledger: &ledger)
        }
    }

    /// The VPC's own routes toward the gateway and its security-group rules.
    mutating func addVPCRoutes(_ v: Int, ledger: inout ControlPlaneLedger) {
        vpcRoutesAdded[v] = true
        switch routesStyle {
        case .summary:
            for summary in context.addresses.summaries {
                addVPCRoute(v, family: summary.family, ledger: &ledger)
            }
            if isProvider[v] {
                summaryRule[v] = true
                ledger.count(Operation.authorizeSecurityGroupIngress, context.addresses.summaries.count)
                ledger.inventory.securityGroupRules += context.addresses.summaries.count
            }
        case .perDestination:
            for u in context.graph.partners(of: v) where vpcRoutesAdded[u] {
                addPairRoutes(v, u, ledger: &ledger)
            }
        }
    }

    /// One route in every table of VPC `v`, unless its family's quota is full.
    @discardableResult
    private mutating func addVPCRoute(_ v: Int, family: AddressFamily, ledger: inout ControlPlaneLedger) -> Bool {
        let tables = context.routeTableCounts[v]
        ledger.count(Operation.createRoute, tables)
        var after = vpcRoutes[v]
        after[family] += 1
        guard after.fits(context.quotas[.routesPerRouteTable]) else {
            ledger.violate(.routesPerRouteTable)
            return false
        }
        vpcRoutes[v] = after
        ledger.inventory.routeEntriesTotal += tables
        ledger.inventory.noteTable(entries: after.total)
        return true
    }

    /// Per-destination routes and rules between two partner VPCs whose attachments are ready.
    private mutating func addPairRoutes(_ x: Int, _ u: Int, ledger: inout ControlPlaneLedger) {
        let blocks = context.addresses.blocks
        for (from, to) in [(x, u), (u, x)] {
            for block in context.addresses.vpcBlocks[to] where !routeBits[from, Int(block)] {
                if addVPCRoute(from, family: blocks[Int(block)].family, ledger: &ledger) {
                    routeBits[from, Int(block)] = true
                }
            }
        }
        var providerSides: [(provider: Int, consumer: Int)] = []
        context.graph.forEachDemand(between: x, and: u) { d in
            let pair = (provider: context.graph.provider[d], consumer: context.graph.consumer[d])
            if !providerSides.contains(where: { $0 == pair }) { providerSides.append(pair) }
        }
        let limit = context.quotas[.rulesPerSecurityGroup]
        for (provider, consumer) in providerSides {
            for block in context.addresses.vpcBlocks[consumer] where !ruleBits[provider, Int(block)] {
                ledger.count(Operation.authorizeSecurityGroupIngress)
                var after = rules[provider]
                after[blocks[Int(block)].family] += 1
                guard after.fits(limit) else {
                    ledger.violate(.rulesPerSecurityGroup)
                    continue
                }
                ruleBits[provider, Int(block)] = true
                rules[provider] = after
                ledger.inventory.securityGroupRules += 1
            }
        }
    }

    /// Recomputes the demands of every VPC whose CIDRs overlap VPC `v`'s (including `v`):
    /// the ones whose paths a change to routes toward `v` can alter.
    func refreshNear(_ v: Int, at now: SimTime, ledger: inout ControlPlaneLedger) {
        for block in context.addresses.vpcBlocks[v] {
            context.addresses.vpcsNear(block: block) { w in refreshDemands(of: w, at: now, ledger: &ledger) }
        }
    }
}

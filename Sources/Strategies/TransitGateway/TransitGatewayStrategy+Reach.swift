import CloudModel
import SimKernel

extension TransitGatewayStrategy {
    /// One direction of a query.
    private enum Leg {
        case path([ReachHop])
        case blocked(UnreachableReason)
    }

    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        guard ledger.exists(a), ledger.exists(b) else { return .unreachable(.notCreated) }
        let toward = candidates(destination, hostOf: b)
        guard toward.contains(where: { context.addresses.vpc(b, holds: $0) }) else { return .unreachable(.noRoute) }
        if a == b { return .reachable([.vpc(a)]) }
        let forward: [ReachHop]
        switch leg(from: a, to: b, address: destination, candidates: toward) {
        case .blocked(let reason): return .unreachable(reason)
        case .path(let hops): forward = hops
        }
        let back = candidates(source, hostOf: a)
        guard back.contains(where: { context.addresses.vpc(a, holds: $0) }) else { return .unreachable(.noRoute) }
        if case .blocked(let reason) = leg(from: b, to: a, address: source, candidates: back) {
            return .unreachable(reason)
        }
        if let reason = securityGroupRefusal(at: b, of: source, candidates: back, from: a) {
            return .unreachable(reason)
        }
        return .reachable(forward)
    }

    /// Blocks containing `address`: the precomputed list when it is VPC `v`'s host address.
    private func candidates(_ address: IPAddress, hostOf v: Int) -> [UInt32] {
        if case .ipv4(let x) = address, x == context.addresses.representative[v] {
            return context.addresses.containingRepresentative[v]
        }
        return context.addresses.blocks(containing: address)
    }

    /// From VPC `from` to `to`'s `address`: the VPC's tables, then gateway tables (at most one
    /// hop per region), ending at the attachment of the VPC that owns the address.
    private func leg(from: Int, to: Int, address: IPAddress, candidates: [UInt32]) -> Leg {
        switch attachment[from] {
        case .available: break
        case .failed: return .blocked(attachmentFailure[from] ?? .quota)
        default: return .blocked(.pending)
        }
        // The VPC's tables: the local route wins over anything toward the gateway.
        if candidates.contains(where: { context.addresses.vpc(from, holds: $0) }) { return .blocked(.overlap) }
        guard vpcRoutesAdded[from] else { return .blocked(.pending) }
        switch routesStyle {
        case .summary:
            guard context.addresses.summaries.contains(where: { $0.contains(address) }) else { return .blocked(.noRoute) }
        case .perDestination:
            guard candidates.contains(where: { routeBits[from, Int($0)] }) else {
                return .blocked(context.graph.partners(of: from).contains(to) && !vpcRoutesAdded[to] ? .pending : .noRoute)
            }
        }
        var region = context.region(of: from)
        var hops: [ReachHop] = [.vpc(from), .transitGateway(region: region)]
        for _ in 0...context.topology.regions.count {
            let route = candidates.lazy.map { self.gatewayTable[region][Int($0)] }.first { $0 != .none } ?? .none
            switch route {
            case .none:
                return .blocked(missingGatewayRoute(in: region, to: to))
            case .attachment(let owner):
                guard owner == to else { return .blocked(.overlap) }
                hops.append(.vpc(to))
                return .path(hops)
            case .peering(let next):
                hops.append(.transitGatewayPeering(from: region, to: next))
                hops.append(.transitGateway(region: next))
                region = next
            }
        }
        return .blocked(.noRoute)
    }

    /// Why region `r`'s gateway has no route to VPC `to`.
    private func missingGatewayRoute(in r: Int, to: Int) -> UnreachableReason {
        switch attachment[to] {
        case .available: break
        case .failed: return attachmentFailure[to] ?? .quota
        default: return .pending
        }
        let home = context.region(of: to)
        if let refused = refusedAt[to][home] { return refused }
        if r != home {
            let id = peeringBetween[r][home]
            guard id >= 0 else { return gatewayState[r] == .available && gatewayState[home] == .available ? .noRoute : .pending }
            switch peerings[id].state {
            case .available: break
            case .failed: return peerings[id].failure ?? .quota
            default: return .pending
            }
            if let refused = refusedAt[to][r] { return refused }
        }
        return .noRoute
    }

    /// Why VPC `b`'s security group does not admit the source, or nil when it does.
    private func securityGroupRefusal(at b: Int, of source: IPAddress, candidates: [UInt32], from a: Int) -> UnreachableReason? {
        switch routesStyle {
        case .summary:
            if summaryRule[b] && context.addresses.summaries.contains(where: { $0.contains(source) }) { return nil }
        case .perDestination:
            if candidates.contains(where: { ruleBits[b, Int($0)] }) { return nil }
        }
        var provides = false
        context.graph.forEachDemand(between: a, and: b) { d in if context.graph.provider[d] == b { provides = true } }
        return provides ? .quota : .securityGroup
    }

    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        demandGoalOutcomes(ledger: ledger)
    }

    /// Routes in region `r`'s gateway table (propagated and static), for inspection.
    public func gatewayRoutes(inRegion r: Int) -> Int { gatewayRouteCount[r] }

    /// VPC `v`'s static routes per table, for inspection.
    public func vpcRouteCount(of v: Int) -> FamilyCount { vpcRoutes[v] }
}

import CloudModel
import SimKernel

extension PeeringMeshStrategy {
    /// What a VPC's route tables do with an address.
    enum Lookup {
        /// The address is in the VPC's own CIDRs.
        case local
        /// A route sends it over connection `id` to VPC `next`.
        case peering(id: Int, next: Int)
        /// No route matches.
        case none
    }

    /// Longest-prefix match in VPC `v`'s (identical) route tables over the candidate blocks
    /// that contain the address, longest first.
    func lookup(in v: Int, candidates: [UInt32]) -> Lookup {
        let addresses = context.addresses
        for block in candidates {
            if addresses.vpc(v, holds: block) { return .local }
            guard routeBits[v, Int(block)] else { continue }
            for holder in addresses.holders[Int(block)] {
                guard let id = pair(v, holder.vpc) else { continue }
                if peerings[id].installed(at: v) & (1 << UInt64(holder.position)) != 0 {
                    return .peering(id: id, next: holder.vpc)
                }
            }
        }
        return .none
    }

    /// Blocks containing `address`: the precomputed list when it is VPC `v`'s host address.
    func candidates(_ address: IPAddress, hostOf v: Int) -> [UInt32] {
        if case .ipv4(let a) = address, a == context.addresses.representative[v] {
            return context.addresses.containingRepresentative[v]
        }
        return context.addresses.blocks(containing: address)
    }

    /// The outcome of a query, without the path.
    enum Evaluation {
        case connected(Int)
        case local
        case blocked(UnreachableReason)
    }

    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        switch evaluate(from: a, source, to: b, destination, ledger: ledger) {
        case .connected(let id): return .reachable([.vpc(a), .peering(id), .vpc(b)])
        case .local: return .reachable([.vpc(a)])
        case .blocked(let reason): return .unreachable(reason)
        }
    }

    public func reachability(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                             ledger: ControlPlaneLedger) -> Reachability {
        switch evaluate(from: a, source, to: b, destination, ledger: ledger) {
        case .connected, .local: return .reachable
        case .blocked(let reason): return .unreachable(reason)
        }
    }

    /// Forward route, return route and the destination's security group, in that order.
    func evaluate(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress,
                  ledger: ControlPlaneLedger) -> Evaluation {
        guard ledger.exists(a), ledger.exists(b) else { return .blocked(.notCreated) }
        let toward = candidates(destination, hostOf: b)
        guard toward.contains(where: { context.addresses.vpc(b, holds: $0) }) else { return .blocked(.noRoute) }
        if a == b { return .local }
        // Forward: a's tables must send the destination over a connection to b.
        let id: Int
        switch leg(from: a, to: b, candidates: toward) {
        case .blocked(let reason): return .blocked(reason)
        case .connection(let connection): id = connection
        }
        // Return: b's tables must send the source back over the same connection.
        let back = candidates(source, hostOf: a)
        guard back.contains(where: { context.addresses.vpc(a, holds: $0) }) else { return .blocked(.noRoute) }
        if case .blocked(let reason) = leg(from: b, to: a, candidates: back) { return .blocked(reason) }
        // b's security group must admit the source.
        guard back.contains(where: { ruleBits[b, Int($0)] }) else {
            let record = peerings[id]
            return .blocked(record.ruleSides & record.sideBit(b) != 0 ? .pending : .securityGroup)
        }
        return .connected(id)
    }

    /// One direction of a query.
    private enum Leg {
        case connection(Int)
        case blocked(UnreachableReason)
    }

    /// One direction: the connection that carries traffic from `from` to `to`, or why none does.
    private func leg(from: Int, to: Int, candidates: [UInt32]) -> Leg {
        switch lookup(in: from, candidates: candidates) {
        case .local:
            // The address lies in the sender's own CIDR: it never leaves.
            return .blocked(.overlap)
        case .none:
            return .blocked(missingRouteReason(from: from, to: to))
        case .peering(let id, let next):
            if states[id] == .deleted { return .blocked(.deleted) }
            // The route leads to another VPC holding an overlapping block: traffic ends there
            // (no transitive peering).
            guard next == to else { return .blocked(.overlap) }
            return .connection(id)
        }
    }

    /// Why `from`'s tables have no route to `to`: the state of the connection between them.
    private func missingRouteReason(from: Int, to: Int) -> UnreachableReason {
        guard let id = pair(from, to) else { return .noRoute }
        let record = peerings[id]
        switch states[id] {
        case .planned, .requesting, .pendingAcceptance, .provisioning:
            return .pending
        case .active:
            // Routes on their way, or refused as duplicates of another peer's identical CIDR.
            return record.routesDone & record.sideBit(from) == 0 ? .pending : .overlap
        case .failed: return record.failure ?? .noRoute
        case .expired: return .expired
        case .rejected: return .rejected
        case .deleted: return .deleted
        }
    }

    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        guard mesh == .full else { return demandGoalOutcomes(ledger: ledger) }
        var unreachable = Array(repeating: 0, count: UnreachableReason.allCases.count)
        let index = Dictionary(uniqueKeysWithValues: UnreachableReason.allCases.enumerated().map { ($1, $0) })
        for id in peerings.indices {
            if let reason = pairOutcome(id, ledger: ledger) { unreachable[index[reason]!] += 1 }
        }
        return (peerings.count, unreachable)
    }

    /// Route table `index` of VPC `v` as CloudModel builds it: local routes plus one route per
    /// installed peer CIDR (over its connection). Built on demand, for inspection and tests.
    public func routeTable(of v: Int, index: Int = 0) -> RouteTable? {
        guard var table = context.topology.vpcs[v].vpc.makeRouteTable(index) else { return nil }
        let connections: [Int]
        switch mesh {
        case .full:
            connections = (0..<context.topology.vpcs.count).compactMap { pair(v, $0) }
        case .needed:
            connections = context.graph.partners(of: v).compactMap { pair(v, $0) }
        }
        for id in connections {
            let peer = peerings[id].other(v), mask = peerings[id].installed(at: v)
            for (position, block) in context.topology.vpcs[peer].vpc.cidrs.enumerated()
            where mask & (1 << UInt64(position)) != 0 {
                let target: RouteTarget = states[id] == .deleted
                    ? .blackhole : .peering(PeeringConnectionID(UInt32(id)))
                try? table.add(block, target: target, limit: .unlimited)
            }
        }
        return table
    }

    /// Connections in each lifecycle state, for inspection: (active, pending or planned,
    /// failed, expired, deleted).
    public var connectionStates: (active: Int, inProgress: Int, failed: Int, expired: Int, deleted: Int) {
        var counts = (active: 0, inProgress: 0, failed: 0, expired: 0, deleted: 0)
        for state in states {
            switch state {
            case .active: counts.active += 1
            case .planned, .requesting, .pendingAcceptance, .provisioning: counts.inProgress += 1
            case .failed, .rejected: counts.failed += 1
            case .expired: counts.expired += 1
            case .deleted: counts.deleted += 1
            }
        }
        return counts
    }
}

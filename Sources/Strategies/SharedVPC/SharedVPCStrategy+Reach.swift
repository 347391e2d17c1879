import CloudModel

extension SharedVPCStrategy {
    /// Inside a Region the shared VPC's local route connects any two workloads whose subnets
    /// are shared; across Regions the two shared VPCs' link (`shared_vpc.cross_region`)
    /// must be in place and routed: their peering, or their gateways, the gateways'
    /// peering attachment and its routes (the path then passes both gateways, as under
    /// the transit-gateway design); with `none`, `no-route`.
    /// The provider's group must admit the consumer's Region. Addresses only have to belong
    /// to the VPCs named (workloads are re-addressed from the shared VPC, ⚠ assumption).
    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        guard ledger.exists(a), ledger.exists(b) else { return .unreachable(.notCreated) }
        guard holds(b, destination), holds(a, source) else { return .unreachable(.noRoute) }
        if a == b { return .reachable([.vpc(a)]) }
        for v in [a, b] {
            switch share[v] {
            case .shared: continue
            case .refused: return .unreachable(.quota)
            case .none, .waitingForVPC, .pending: return .unreachable(.pending)
            }
        }
        let ra = context.region(of: a), rb = context.region(of: b)
        var hops: [ReachHop] = [.vpc(a)]
        if ra != rb {
            switch crossRegion {
            case .noLink:
                return .unreachable(.noRoute)
            case .peering:
                let id = peeringBetween[ra][rb]
                guard id >= 0 else { return .unreachable(.pending) }
                if let failure = peerings[id].failure { return .unreachable(failure) }
                guard peerings[id].routed else { return .unreachable(.pending) }
                hops.append(.peering(id))
            case .tgwPeering:
                if let reason = gatewayLinkRefusal(ra, rb) { return .unreachable(reason) }
                hops += [.transitGateway(region: ra), .transitGatewayPeering(from: ra, to: rb), .transitGateway(region: rb)]
            }
        }
        hops.append(.vpc(b))
        // Requests go a → b: b's group must admit a's Region; responses are stateful.
        guard admitted[b].contains(ra) else { return .unreachable(.securityGroup) }
        return .reachable(hops)
    }

    /// Whether `address` is one of VPC `v`'s.
    private func holds(_ v: Int, _ address: IPAddress) -> Bool {
        if case .ipv4(let x) = address, x == context.addresses.representative[v] { return true }
        return context.addresses.blocks(containing: address).contains { context.addresses.vpc(v, holds: $0) }
    }

    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        demandGoalOutcomes(ledger: ledger)
    }
}

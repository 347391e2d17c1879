import CloudModel
import SimKernel

extension PrivateLinkHubStrategy {
    /// Under PrivateLink a consumer reaches a provider's address only through an endpoint of
    /// a service running there (selected by `port` when given): the endpoint's network
    /// interfaces are in the consumer's own subnets, so no route, overlap or security group
    /// of the peer matters. Responses return through the endpoint. Nothing reaches a
    /// consumer from its provider (PrivateLink is one-way).
    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        guard ledger.exists(a), ledger.exists(b) else { return .unreachable(.notCreated) }
        guard context.addresses.blocks(containing: destination).contains(where: { context.addresses.vpc(b, holds: $0) })
        else { return .unreachable(.noRoute) }
        if a == b { return .reachable([.vpc(a)]) }
        let services = context.topology.services
        var best: Int?
        for e in endpointsOf[a] {
            let s = endpoints[e].service
            guard services[s].vpc == b, port == nil || services[s].port == port else { continue }
            if best == nil || endpoints[e].state == .available { best = e }
        }
        guard let e = best else { return .unreachable(.noRoute) }
        let record = endpoints[e]
        switch record.state {
        case .available:
            return .reachable([.vpc(a), .interfaceEndpoint(e), .loadBalancer(service: record.service), .vpc(b)])
        case .waitingForService, .pendingAcceptance, .pending: return .unreachable(.pending)
        case .failed: return .unreachable(record.failure ?? .noRoute)
        case .rejected: return .unreachable(.rejected)
        }
    }

    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        demandGoalOutcomes(ledger: ledger)
    }

    /// Endpoints in each state, for inspection: (available, in progress, failed, rejected).
    public var endpointStates: (available: Int, inProgress: Int, failed: Int, rejected: Int) {
        var counts = (available: 0, inProgress: 0, failed: 0, rejected: 0)
        for record in endpoints {
            switch record.state {
            case .available: counts.available += 1
            case .waitingForService, .pendingAcceptance, .pending: counts.inProgress += 1
            case .failed: counts.failed += 1
            case .rejected: counts.rejected += 1
            }
        }
        return counts
    }
}

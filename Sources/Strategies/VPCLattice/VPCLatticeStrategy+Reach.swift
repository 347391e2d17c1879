import CloudModel
import SimKernel

extension VPCLatticeStrategy {
    /// Under VPC Lattice a consumer reaches a provider's address only through a Lattice
    /// service running there (selected by `port` when given), both in the same Region: the
    /// consumer's VPC association and the service's association must be active. Clients send
    /// to a link-local address, so no route, overlap or peer security group matters; the
    /// association's own security group admits the consumer's CIDRs. Responses return through
    /// the service network; nothing reaches a consumer from its provider (one-way).
    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        let (status, s) = resolve(from: a, to: b, destination, port: port, ledger: ledger)
        switch status {
        case .unreachable(let reason): return .unreachable(reason)
        case .reachable:
            guard let s else { return .reachable([.vpc(a)]) }
            return .reachable([.vpc(a), .serviceNetwork(service: s), .vpc(b)])
        }
    }

    /// `reach` without the path, allocating nothing.
    public func reachability(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                             ledger: ControlPlaneLedger) -> Reachability {
        resolve(from: a, to: b, destination, port: port, ledger: ledger).status
    }

    /// The status of (a → b on `port`) and the service it goes through (nil inside one VPC).
    /// Final reasons win over transient ones: a refused association over one in progress.
    func resolve(from a: Int, to b: Int, _ destination: IPAddress, port: Int?,
                 ledger: ControlPlaneLedger) -> (status: Reachability, service: Int?) {
        guard ledger.exists(a), ledger.exists(b) else { return (.unreachable(.notCreated), nil) }
        guard context.addresses.blocks(containing: destination).contains(where: { context.addresses.vpc(b, holds: $0) })
        else { return (.unreachable(.noRoute), nil) }
        if a == b { return (.reachable, nil) }
        // A service network serves its own Region only.
        guard context.region(of: a) == context.region(of: b) else { return (.unreachable(.noRoute), nil) }
        let services = context.topology.services
        var best: Int?
        for s in servicesIn[b] where port == nil || services[s].port == port {
            if best == nil || rank(s) > rank(best!) { best = s }
        }
        guard let s = best, service[s] != .none else { return (.unreachable(.noRoute), nil) }
        let consumer: Reachability
        switch vpcAssociation[a] {
        case .active: consumer = .reachable
        case .failed: consumer = .unreachable(.quota)
        case .none: consumer = .unreachable(.noRoute)
        case .waitingForNetwork, .pending: consumer = .unreachable(.pending)
        }
        let provider: Reachability
        switch (service[s], serviceAssociation[s]) {
        case (.failed, _), (_, .failed): provider = .unreachable(.quota)
        case (.active, .active): provider = .reachable
        default: provider = .unreachable(.pending)
        }
        if case .unreachable(let reason) = consumer, !reason.isTransient { return (consumer, s) }
        if case .unreachable(let reason) = provider, !reason.isTransient { return (provider, s) }
        return (consumer.isReachable ? provider : consumer, s)
    }

    /// How far a service's association has got, for choosing among a VPC's services.
    private func rank(_ s: Int) -> Int {
        switch serviceAssociation[s] {
        case .active: return 3
        case .pending, .waitingForNetwork: return 2
        case .failed: return 1
        case .none: return service[s] == .none ? 0 : 2
        }
    }

    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        demandGoalOutcomes(ledger: ledger)
    }

    /// Active associations, for inspection: (consumer VPCs, services).
    public var activeAssociations: (vpcs: Int, services: Int) {
        (vpcAssociation.filter { $0 == .active }.count, serviceAssociation.filter { $0 == .active }.count)
    }
}

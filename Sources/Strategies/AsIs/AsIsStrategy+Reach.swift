import CloudModel

extension AsIsStrategy {
    /// From `source` in VPC `a` to `destination` in VPC `b` on `port`: when `b` runs a
    /// service on that port, as a client of that service (through the consumer's endpoint to
    /// it, if any, and its security groups); otherwise over routes both ways, groups not
    /// checked.
    public func reach(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?,
                      ledger: ControlPlaneLedger) -> ReachResult {
        guard ledger.exists(a), ledger.exists(b) else { return .unreachable(.notCreated) }
        return verdict(from: a, source, to: b, destination, port: port).result
    }

    /// The verdict of the query `reach` answers.
    func verdict(from a: Int, _ source: IPAddress, to b: Int, _ destination: IPAddress, port: Int?) -> AsIsVerdict {
        let topology = context.topology
        if let port, let s = topology.services.firstIndex(where: { $0.vpc == b && $0.port == port }) {
            return network.verdict(consumer: a, source: source, service: s, provider: b, destination: destination,
                                   port: port, topology: topology)
        }
        if a == b { return .reachable(hops: [.vpc(a)], via: .local) }
        return network.routed(from: a, source, to: b, destination, port: port, groups: nil, guardedBy: "", topology: topology)
    }

    /// Demand `d`'s verdict, computed once per run.
    public func verdict(demand d: Int) -> AsIsVerdict { verdicts[d] }

    /// Each goal takes the status of its demands.
    public func goalOutcomes(ledger: ControlPlaneLedger) -> (goals: Int, unreachable: [Int]) {
        demandGoalOutcomes(ledger: ledger)
    }
}

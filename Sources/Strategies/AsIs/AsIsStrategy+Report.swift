import CloudModel

extension AsIsStrategy {
    /// The as-is report: what is unreachable and why (each pair with the resource that stops
    /// it), the monthly cost of the existing connectivity by item, the headroom against each
    /// quota, and why there is no time to connect.
    public func report(ledger: ControlPlaneLedger) -> [String] {
        let topology = context.topology
        var lines: [String] = []
        lines.append("Time to connect: not applicable. The estate exists before the run, so nothing is provisioned "
                     + "and no delay is invented: a reachable pair is reachable at 0 s, an unreachable one stays so.")
        var pairs: [(text: String, reason: UnreachableReason)] = []
        var reachable = 0, total = 0
        for (g, goal) in context.graph.goals.enumerated() where ledger.exists(goal.consumer) && ledger.exists(goal.provider) {
            total += 1
            let d = Int(context.graph.demandsOfGoal[g][0])
            switch verdicts[d] {
            case .reachable: reachable += 1
            case .unreachable(let reason, let because):
                pairs.append(("\(network.label(goal.consumer)) → \(topology.services[goal.service].name): "
                              + "`\(reason.rawValue)`: \(because)", reason))
            }
        }
        lines.append("")
        lines.append("Reachability: \(reachable) of \(total) (consumer VPC, service) pairs reachable, \(pairs.count) unreachable"
                     + (pairs.isEmpty ? "." : ":"))
        lines += pairs.map { "- " + $0.text }
        let cost = monthlyCost(ledger: ledger).breakdown
        lines.append("")
        lines.append("Monthly cost of the existing connectivity: \(Self.dollars(cost.total)) USD ("
                     + cost.items.map { "\($0.name) \(Self.dollars($0.monthlyUSD))" }.joined(separator: ", ")
                     + "), at list prices and the scenario's traffic over the reachable pairs.")
        lines.append("")
        lines.append("Quota headroom, against the quotas in force (`quotas:`), the fullest resources first:")
        lines += AsIsHeadroom.lines(network, quotas: context.quotas)
        return lines
    }

    /// Dollars with two decimals, the same on every machine.
    static func dollars(_ value: Double) -> String {
        let cents = Int64((value * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

import CloudModel

extension AsIsNetwork {
    /// Whether one of `groupIDs` admits TCP on `port` from a client of VPC `source` at
    /// `address`: a rule covering the port whose CIDR or prefix-list entries hold the address,
    /// or that references a group of the client's VPC (⚠ assumption: the export does not say
    /// which instances are clients, so a client is taken to be a member of its VPC's groups
    /// that other groups reference). A prefix list whose entries are unknown admits nothing.
    func admits(_ groupIDs: [String], source: Int, address: IPAddress, port: Int) -> Bool {
        for id in groupIDs {
            guard let group = groups[id] else { continue }
            for rule in group.ingress where rule.covers(tcpPort: port) {
                if rule.cidrs.contains(where: { $0.contains(address) }) { return true }
                if rule.prefixLists.contains(where: { ((prefixLists[$0] ?? nil) ?? []).contains { $0.contains(address) } }) { return true }
                if rule.groups.contains(where: { groupVPC[$0] == source }) { return true }
            }
        }
        return false
    }

    /// "sg-a, sg-b (what) admit no tcp/443 from 10.1.0.4 (a-use1-01)".
    func refusal(_ groupIDs: [String], of what: String, source: Int, address: IPAddress, port: Int) -> String {
        "\(groupIDs.joined(separator: ", ")) (\(what)) admit\(groupIDs.count == 1 ? "s" : "") no tcp/\(port) from \(address) (\(label(source)))"
    }
}

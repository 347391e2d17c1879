import CloudModel

/// How much of each quota the estate already uses, per resource, against the quotas in
/// force (`quotas:`; by default the maximum each can be raised to): the lines of the as-is
/// report's "quota headroom" part, e.g. "a-use1-01 (vpc-0abc): 4 of 125 peerings".
struct AsIsHeadroom {
    /// One quota's usage by resource.
    struct Usage {
        var quota: QuotaKey
        /// What one unit is, in the plural ("peerings").
        var noun: String
        var items: [(resource: String, count: Int)]
    }

    /// At most this many resources per quota, the fullest first.
    static let linesPerQuota = 5

    static func usages(_ network: AsIsNetwork) -> [Usage] {
        let settings = network.settings
        let vpcs = network.names.indices
        var peerings = Array(repeating: 0, count: network.names.count)
        for p in network.peerings.values where p.state == AsIsPeering.activeState {
            for v in p.vpcs { peerings[v] += 1 }
        }
        var endpoints = Array(repeating: 0, count: network.names.count)
        for (c, byService) in network.endpoint {
            endpoints[c] += byService.values.filter { !AsIsStrategy.goneStates.contains($0.state) }.count
        }
        var attachments: [String: Int] = [:], gatewayRoutes: [String: Int] = [:], gatewayTables: [String: Int] = [:]
        for a in settings.tgwAttachments where !AsIsStrategy.goneStates.contains(a.state) {
            attachments[a.tgw, default: 0] += 1
            if let peer = a.peerTGW { attachments[peer, default: 0] += 1 }
        }
        for t in network.gatewayTables {
            gatewayRoutes[t.tgw, default: 0] += t.routes.count
            gatewayTables[t.tgw, default: 0] += 1
        }
        let gateways = settings.transitGateways.map(\.id)
        return [
            Usage(quota: .peeringsPerVPC, noun: "active peerings", items: vpcs.map { (network.label($0), peerings[$0]) }),
            Usage(quota: .interfaceEndpointsPerVPC, noun: "interface endpoints",
                  items: vpcs.map { (network.label($0), endpoints[$0]) }),
            Usage(quota: .routeTablesPerVPC, noun: "route tables",
                  items: vpcs.map { (network.label($0), network.tablesOfVPC[$0].count) }),
            Usage(quota: .routesPerRouteTable, noun: "static routes",
                  items: network.tables.map { ("\($0.id) (\(network.label($0.vpc)))", $0.staticRoutes) }),
            Usage(quota: .rulesPerSecurityGroup, noun: "inbound rules",
                  items: settings.securityGroups.map { ($0.id, $0.ingress.reduce(0) { $0 + $1.ruleCount }) }),
            Usage(quota: .tgwAttachmentsPerTGW, noun: "attachments", items: gateways.map { ($0, attachments[$0] ?? 0) }),
            Usage(quota: .tgwRouteTablesPerTGW, noun: "route tables", items: gateways.map { ($0, gatewayTables[$0] ?? 0) }),
            Usage(quota: .tgwRoutesPerTGW, noun: "routes", items: gateways.map { ($0, gatewayRoutes[$0] ?? 0) }),
        ]
    }

    /// The report lines: per quota, the fullest resources ("a (vpc-…): 4 of 125 active
    /// peerings"), then how many more there are.
    static func lines(_ network: AsIsNetwork, quotas: QuotaSet) -> [String] {
        var lines: [String] = []
        for usage in usages(network) where !usage.items.isEmpty {
            let limit = quotas[usage.quota]
            let fullest = usage.items.enumerated().sorted { a, b in
                a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
            }.map(\.element)
            let shown = fullest.prefix(linesPerQuota).map { item in
                "\(item.resource): \(item.count) of \(limit) \(usage.noun)"
            }
            let rest = fullest.count - shown.count
            lines.append("- `\(usage.quota.name)` (\(limit)): " + shown.joined(separator: "; ")
                         + (rest > 0 ? "; and \(rest) more with at most \(fullest[shown.count].count)" : ""))
        }
        return lines
    }
}

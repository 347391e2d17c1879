import CloudModel
import Strategies

/// Writes the estate's existing connectivity as the `as-is` design's section (`as_is:`,
/// `AsIsStrategy.optionsSection`): peerings with their states, Transit Gateways, their
/// attachments and route tables (associations, propagations read from the propagated
/// routes, static and blackhole routes), VPC route tables (local routes implied), security
/// groups with their inbound rules, prefix lists, the groups in front of each service's
/// targets and the interface endpoints to the scenario's services, each item under a
/// `# from FILE PATH` comment. What cannot be written (a peering or attachment to a VPC
/// outside the scenario, a route to something not written, a rule of an unknown protocol,
/// a reference to a group outside the export, an endpoint to a service outside the
/// scenario, ...) is returned as unused, never dropped silently.
struct AsIsSectionWriter {
    let estate: Estate
    /// Scenario name per VPC id (the VPCs the scenario holds).
    let vpcNames: [String: String]
    /// Scenario service name per target-group ARN.
    let serviceNames: [String: String]

    private static let why = "not expressible in as_is:"

    func write() -> (lines: [String], unused: [UnusedItem]) {
        var lines: [String] = ["\(AsIsStrategy.optionsSection):",
                               "  # The existing connectivity, simulated unchanged by the as-is design."]
        var unused: [UnusedItem] = []
        func section(_ key: String, _ items: [(line: String, source: ItemSource)]) {
            guard !items.isEmpty else { return }
            lines.append("  \(key):")
            for item in items {
                lines.append("    # from \(item.source)")
                lines.append("    - " + item.line)
            }
        }

        let ids = estate.vpcs.filter { vpc in vpcNames[vpc.id].map { $0 != vpc.id } ?? false }
        if !ids.isEmpty {
            lines.append("  ids:")
            lines += ids.map { "    \(quoted(vpcNames[$0.id]!)): \($0.id)" }
        }

        var peerings: Set<String> = []
        section("peerings", estate.peerings.compactMap { p in
            guard let a = vpcNames[p.requesterVpc], let b = vpcNames[p.accepterVpc] else {
                unused.append(UnusedItem(id: p.id, reason: "peering (\(p.state)) with a VPC the scenario does not hold", source: p.source))
                return nil
            }
            peerings.insert(p.id)
            return ("{id: \(p.id), vpcs: [\(quoted(a)), \(quoted(b))], state: \(p.state)}", p.source)
        })

        let gateways = Set(estate.transitGateways.map(\.id))
        section("transit_gateways", estate.transitGateways.map { t in
            ("{id: \(t.id), region: \(t.region), state: \(t.state)}", t.source)
        })

        var attachments: Set<String> = []
        var attachmentGateways: [String: Set<String>] = [:]
        section("tgw_attachments", estate.tgwAttachments.compactMap { a in
            guard gateways.contains(a.transitGatewayId) else {
                unused.append(UnusedItem(id: a.id, reason: "TGW attachment to \(a.transitGatewayId), which the export does not hold", source: a.source))
                return nil
            }
            let state = a.state
            switch a.resourceType {
            case "vpc":
                guard let vpc = a.resourceId, let name = vpcNames[vpc] else {
                    unused.append(UnusedItem(id: a.id, reason: "TGW VPC attachment of \(a.resourceId ?? "?"), a VPC the scenario does not hold",
                                             source: a.source))
                    return nil
                }
                attachments.insert(a.id)
                attachmentGateways[a.id] = [a.transitGatewayId]
                let azs = max(1, estate.availabilityZones(ofVPC: vpc).count)
                return ("{id: \(a.id), tgw: \(a.transitGatewayId), vpc: \(quoted(name)), state: \(state), azs: \(azs)}", a.source)
            case "peering":
                guard let peer = a.resourceId, gateways.contains(peer) else {
                    unused.append(UnusedItem(id: a.id, reason: "TGW peering attachment to \(a.resourceId ?? "?"), a gateway the export does not hold",
                                             source: a.source))
                    return nil
                }
                attachments.insert(a.id)
                attachmentGateways[a.id] = [a.transitGatewayId, peer]
                return ("{id: \(a.id), tgw: \(a.transitGatewayId), peer_tgw: \(peer), state: \(state)}", a.source)
            default:
                unused.append(UnusedItem(id: a.id, reason: "TGW \(a.resourceType) attachment: \(Self.why) only VPC and peering attachments",
                                         source: a.source))
                return nil
            }
        })

        // Prefix lists: those a route or rule refers to (their entries are not exported).
        var referenced = Set(estate.routeTables.flatMap { $0.routes.map(\.destination) } + estate.tgwRouteTables.flatMap { $0.routes.map(\.destination) }
                             + estate.securityGroups.flatMap { $0.inbound.flatMap(\.prefixLists) })
        referenced = referenced.filter { $0.hasPrefix("pl-") }
        let prefixLists = Set(estate.prefixLists.map(\.id)).intersection(referenced)
        section("prefix_lists", estate.prefixLists.compactMap { l in
            guard prefixLists.contains(l.id) else {
                if !(l.name ?? "").hasPrefix("com.amazonaws.") {
                    unused.append(UnusedItem(id: l.id, reason: "managed prefix list \(l.name ?? "") that no route or rule refers to", source: l.source))
                }
                return nil
            }
            return ("{id: \(l.id)}  # \(l.name ?? "unnamed"): entries not exported (get-managed-prefix-list-entries), so it matches no address", l.source)
        })

        section("tgw_route_tables", estate.tgwRouteTables.compactMap { t in
            guard gateways.contains(t.transitGatewayId) else { return nil }
            let associated = estate.tgwAssociations.filter { $0.routeTableId == t.id && attachmentGateways[$0.attachmentId]?.contains(t.transitGatewayId) == true }
                .map(\.attachmentId)
            var propagations: [String] = [], routes: [String] = []
            for r in t.routes {
                guard r.destination.hasPrefix("pl-") ? prefixLists.contains(r.destination) : CIDRBlock(r.destination) != nil else {
                    unused.append(UnusedItem(id: "\(t.id) \(r.destination)", reason: "TGW route to a destination \(Self.why) a CIDR or exported prefix list",
                                             source: r.source))
                    continue
                }
                if r.state == "blackhole" {
                    routes.append("{destination: \(r.destination), blackhole: true}")
                } else if let a = r.attachmentIds.first, attachments.contains(a), attachmentGateways[a]?.contains(t.transitGatewayId) == true {
                    if r.type == "propagated" {
                        if !propagations.contains(a) { propagations.append(a) }
                    } else {
                        routes.append("{destination: \(r.destination), attachment: \(a)}")
                    }
                } else {
                    unused.append(UnusedItem(id: "\(t.id) \(r.destination)", reason: "TGW \(r.type) route to \(r.attachmentIds.first ?? "no attachment"), "
                                             + "which is not among the attachments written", source: r.source))
                }
            }
            return ("{id: \(t.id), tgw: \(t.transitGatewayId), associations: [\(associated.joined(separator: ", "))], "
                    + "propagations: [\(propagations.joined(separator: ", "))], routes: [\(routes.joined(separator: ", "))]}", t.source)
        })

        let groups = Set(estate.securityGroups.filter { $0.vpcId.map { vpcNames[$0] != nil } ?? true }.map(\.id))
        section("security_groups", estate.securityGroups.compactMap { g in
            guard groups.contains(g.id) else { return nil }
            var rules: [String] = []
            for rule in g.inbound {
                guard let proto = Self.protocols[rule.ipProtocol.lowercased()] else {
                    unused.append(UnusedItem(id: g.id, reason: "inbound rule of protocol \(rule.ipProtocol): \(Self.why) tcp, udp, icmp, icmpv6, all",
                                             source: g.source))
                    continue
                }
                var fields = ["protocol: \(proto)"]
                if proto != "all", let from = rule.fromPort, let to = rule.toPort, from >= 0, to >= 0 {
                    fields.append("ports: \"\(from == to ? "\(from)" : "\(from)-\(to)")\"")
                }
                let cidrs = rule.cidrs.filter { CIDRBlock($0) != nil }
                let lists = rule.prefixLists.filter(prefixLists.contains)
                let refs = rule.groups.filter(groups.contains)
                for missing in rule.groups where !groups.contains(missing) {
                    unused.append(UnusedItem(id: "\(g.id) <- \(missing)", reason: "rule referencing a group the export (or scenario) does not hold",
                                             source: g.source))
                }
                if !cidrs.isEmpty { fields.append("cidrs: [\(cidrs.joined(separator: ", "))]") }
                if !lists.isEmpty { fields.append("prefix_lists: [\(lists.joined(separator: ", "))]") }
                if !refs.isEmpty { fields.append("groups: [\(refs.joined(separator: ", "))]") }
                if cidrs.isEmpty && lists.isEmpty && refs.isEmpty { continue }
                rules.append("{" + fields.joined(separator: ", ") + "}")
            }
            let vpc = g.vpcId.flatMap { vpcNames[$0] }.map { ", vpc: \(quoted($0))" } ?? ""
            return ("{id: \(g.id)\(vpc), ingress: [\(rules.joined(separator: ", "))]}  # \(g.name ?? "")", g.source)
        })

        section("route_tables", estate.routeTables.compactMap { t in
            guard let vpc = vpcNames[t.vpcId] else { return nil }
            var routes: [String] = []
            for r in t.routes {
                guard r.destination.hasPrefix("pl-") ? prefixLists.contains(r.destination) : CIDRBlock(r.destination) != nil else {
                    unused.append(UnusedItem(id: "\(t.id) \(r.destination)", reason: "route to a destination \(Self.why) a CIDR or exported prefix list",
                                             source: r.source))
                    continue
                }
                let target: String
                switch r.target {
                case .local: continue
                case _ where r.state == "blackhole": target = "blackhole"
                case .peering(let id) where peerings.contains(id): target = id
                case .transitGateway(let id) where gateways.contains(id): target = id
                case .peering(let id), .transitGateway(let id):
                    unused.append(UnusedItem(id: "\(t.id) \(r.destination)", reason: "route to \(id), which leads to a VPC the scenario does not hold",
                                             source: r.source))
                    continue
                case .other(let id): target = id
                }
                routes.append("{destination: \(r.destination), target: \(target)}")
            }
            return ("{id: \(t.id), vpc: \(quoted(vpc)), main: \(t.isMain), routes: [\(routes.joined(separator: ", "))]}", t.source)
        })

        section("services", estate.targetGroups.compactMap { group in
            guard let name = serviceNames[group.arn] else { return nil }
            var found: [String] = []
            for target in group.targets {
                for interface in estate.interfaces where interface.privateIp == target.id || interface.instanceId == target.id {
                    for g in interface.securityGroups where groups.contains(g) && !found.contains(g) { found.append(g) }
                }
            }
            guard !found.isEmpty else { return nil }
            return ("{service: \(quoted(name)), security_groups: [\(found.joined(separator: ", "))]}  # the groups of its targets' interfaces",
                    group.source)
        })

        section("endpoints", estate.endpoints.compactMap { e in
            let service = estate.endpointServices.first { $0.serviceName == e.serviceName }.flatMap { s in
                estate.targetGroups.first { !Set($0.loadBalancerArns).isDisjoint(with: s.loadBalancerArns) && serviceNames[$0.arn] != nil }
            }.flatMap { serviceNames[$0.arn] }
            guard e.type.lowercased() == "interface", let vpc = vpcNames[e.vpcId], let service else {
                unused.append(UnusedItem(id: e.id, reason: "\(e.type) endpoint (\(e.state)) to \(e.serviceName): a service outside the scenario",
                                         source: e.source))
                return nil
            }
            let zones = Set(e.subnetIds.compactMap { id in estate.subnets.first { $0.id == id }?.availabilityZone })
            let sgs = e.securityGroups.filter(groups.contains)
            return ("{id: \(e.id), vpc: \(quoted(vpc)), service: \(quoted(service)), state: \(e.state), azs: \(max(1, zones.count))"
                    + (sgs.isEmpty ? "" : ", security_groups: [\(sgs.joined(separator: ", "))]") + "}", e.source)
        })
        return (lines, unused)
    }

    /// AWS's `IpProtocol` (name or number) as the section spells it.
    static let protocols = ["-1": "all", "tcp": "tcp", "6": "tcp", "udp": "udp", "17": "udp", "icmp": "icmp", "1": "icmp",
                            "icmpv6": "icmpv6", "58": "icmpv6"]

    private func quoted(_ text: String) -> String { "\"\(text)\"" }
}

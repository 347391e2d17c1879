import CloudModel

/// The `as_is:` section resolved against one run's topology: VPC and service names turned
/// into indexes, every list turned into the lookups the analysis walks. Built once per run;
/// items naming a VPC or service the topology lacks are left out (a validated scenario has
/// none).
struct AsIsNetwork: Sendable {
    /// A VPC route table with its routes' destinations expanded to blocks.
    struct Table: Sendable {
        var id: String
        var vpc: Int
        var routes: [(destination: AsIsDestination, blocks: [CIDRBlock], target: AsIsRouteTarget)]
        /// Static routes AWS counts against `routes_per_route_table`.
        var staticRoutes: Int
    }

    /// A TGW route table: its static routes and the VPC CIDRs propagated into it.
    struct GatewayTable: Sendable {
        var id: String
        var tgw: String
        /// Static routes (attachment nil: blackhole) and propagated ones, each with its blocks.
        var routes: [(destination: AsIsDestination, blocks: [CIDRBlock], attachment: String?, propagated: Bool)]
    }

    let settings: AsIsSettings
    let names: [String]
    /// Per VPC: its main route table, as an index into `tables`.
    var mainTable: [Int?]
    var tables: [Table] = []
    var tablesOfVPC: [[Int]]
    var peerings: [String: (vpcs: [Int], state: String)] = [:]
    var gateways: [String: AsIsTransitGateway] = [:]
    var attachments: [String: AsIsTGWAttachment] = [:]
    /// The attachment of VPC `v` to gateway `tgw`: `vpcAttachment[tgw]?[v]`.
    var vpcAttachment: [String: [Int: String]] = [:]
    /// The VPC of each VPC attachment.
    var attachmentVPC: [String: Int] = [:]
    /// The route table of gateway `tgw` an attachment is associated with: `association[tgw]?[attachment]`.
    var association: [String: [String: Int]] = [:]
    var gatewayTables: [GatewayTable] = []
    var prefixLists: [String: [CIDRBlock]?] = [:]
    var groups: [String: AsIsSecurityGroup] = [:]
    /// The VPC of each security group.
    var groupVPC: [String: Int] = [:]
    /// Per service: the groups in front of its instances; nil when not known.
    var serviceGroups: [[String]?]
    /// The endpoint of consumer VPC `c` to service `s`: `endpoint[c]?[s]`.
    var endpoint: [Int: [Int: AsIsEndpoint]] = [:]

    init(settings: AsIsSettings, topology: Topology) {
        self.settings = settings
        names = topology.vpcs.map(\.vpc.name)
        var index: [String: Int] = [:]
        for (v, name) in names.enumerated() where index[name] == nil { index[name] = v }
        var serviceIndex: [String: Int] = [:]
        for (s, service) in topology.services.enumerated() where serviceIndex[service.name] == nil { serviceIndex[service.name] = s }
        mainTable = Array(repeating: nil, count: names.count)
        tablesOfVPC = Array(repeating: [], count: names.count)
        serviceGroups = Array(repeating: nil, count: topology.services.count)

        for list in settings.prefixLists { prefixLists[list.id] = list.cidrs }
        for p in settings.peerings { peerings[p.id] = (p.vpcs.compactMap { index[$0] }, p.state) }
        for g in settings.transitGateways { gateways[g.id] = g }
        for a in settings.tgwAttachments {
            attachments[a.id] = a
            if let name = a.vpc, let v = index[name] {
                vpcAttachment[a.tgw, default: [:]][v] = a.id
                attachmentVPC[a.id] = v
            }
        }
        for t in settings.routeTables {
            guard let v = index[t.vpc] else { continue }
            let routes = t.routes.map { r in (r.destination, blocks(of: r.destination), r.target) }
            let staticRoutes = t.routes.filter { $0.target != .local }.count
            tablesOfVPC[v].append(tables.count)
            // A VPC whose tables name none as main uses its first (AWS always has a main table).
            if t.main || mainTable[v] == nil { mainTable[v] = tables.count }
            tables.append(Table(id: t.id, vpc: v, routes: routes, staticRoutes: staticRoutes))
        }
        for t in settings.tgwRouteTables {
            var routes = t.routes.map { r in (r.destination, blocks(of: r.destination), r.attachment, false) }
            for id in t.propagations {
                guard let v = attachmentVPC[id] else { continue }
                for block in topology.vpcs[v].vpc.cidrs { routes.append((.block(block), [block], id, true)) }
            }
            for id in t.associations { association[t.tgw, default: [:]][id] = gatewayTables.count }
            gatewayTables.append(GatewayTable(id: t.id, tgw: t.tgw, routes: routes))
        }
        for g in settings.securityGroups {
            groups[g.id] = g
            if let name = g.vpc, let v = index[name] { groupVPC[g.id] = v }
        }
        for entry in settings.serviceGroups {
            if let s = serviceIndex[entry.service] { serviceGroups[s] = entry.securityGroups }
        }
        for e in settings.endpoints {
            if let c = index[e.vpc], let s = serviceIndex[e.service] { endpoint[c, default: [:]][s] = e }
        }
    }

    /// The blocks a destination stands for: the block itself, or a prefix list's entries
    /// (none when they are unknown).
    func blocks(of destination: AsIsDestination) -> [CIDRBlock] {
        switch destination {
        case .block(let b): return [b]
        case .prefixList(let id): return (prefixLists[id] ?? nil) ?? []
        }
    }

    /// A VPC as the report names it: `name (vpc-…)` when its id is known.
    func label(_ v: Int) -> String {
        settings.vpcIDs[names[v]].flatMap { $0 == names[v] ? nil : "\(names[v]) (\($0))" } ?? names[v]
    }
}

import CloudModel
import ScenarioReading

extension AsIsSettings: DesignSettingsDecoding {
    package static let keys = ["ids", "peerings", "transit_gateways", "tgw_attachments", "tgw_route_tables", "route_tables",
                               "prefix_lists", "security_groups", "services", "endpoints"]

    /// `as_is:`: the estate's connectivity. Lists are read in dependency order (prefix lists,
    /// peerings and gateways before the routes that name them, security groups before the
    /// services and endpoints they guard), so every reference is checked at the node that
    /// makes it: a VPC or service the scenario does not have, or a peering, gateway,
    /// attachment, prefix list or group the section does not hold, is an error.
    package init(reading reader: NodeReader) throws(ScenarioError) {
        let fields = try reader.mapping(keys: Self.keys)
        let n = AsIsNames(vpcs: reader.context.vpcNames ?? [], services: reader.context.serviceNames ?? [])
        self.init()
        vpcIDs = try fields.optional("ids", default: [:]) { r throws(ScenarioError) in
            var ids: [String: String] = [:]
            for (key, value) in try r.freeMapping() {
                guard n.vpcs.contains(key.text) else {
                    throw value.error("'\(key.text)' is not a VPC of this scenario's 'vpcs:'" + Suggestion.hint(for: key.text, among: n.vpcs))
                }
                ids[key.text] = try value.string()
            }
            return ids
        }
        prefixLists = try Self.items(fields, "prefix_lists", n, \.prefixLists, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "cidrs"])
            return AsIsPrefixList(id: try f.required("id").string(),
                                  cidrs: try f.optional("cidrs").map { c throws(ScenarioError) in
                                      try c.list { item throws(ScenarioError) in try item.cidr() }
                                  })
        }
        peerings = try Self.items(fields, "peerings", n, \.peerings, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "vpcs", "state"])
            let vpcsReader = try f.required("vpcs")
            let vpcs = try vpcsReader.list { v throws(ScenarioError) in try n.vpc(v) }
            guard vpcs.count == 2, vpcs[0] != vpcs[1] else {
                throw vpcsReader.error("a peering connects two different VPCs: give [REQUESTER, ACCEPTER]")
            }
            return AsIsPeering(id: try f.required("id").string(), vpcs: vpcs, state: try f.required("state").string())
        }
        transitGateways = try Self.items(fields, "transit_gateways", n, \.gateways, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "region", "state"])
            return AsIsTransitGateway(id: try f.required("id").string(), region: try f.required("region").string(),
                                      state: try f.optional("state", default: AsIsTGWAttachment.availableState) { s throws(ScenarioError) in
                                          try s.string()
                                      })
        }
        tgwAttachments = try Self.items(fields, "tgw_attachments", n, \.attachments, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "tgw", "vpc", "peer_tgw", "state", "azs"])
            let tgw = try n.reference(try f.required("tgw"), among: n.gateways, section: "transit_gateways")
            let vpc = try f.optional("vpc").map { v throws(ScenarioError) in try n.vpc(v) }
            let peer = try f.optional("peer_tgw").map { p throws(ScenarioError) in
                try n.reference(p, among: n.gateways, section: "transit_gateways")
            }
            guard (vpc == nil) != (peer == nil) else {
                throw r.error("a TGW attachment has either 'vpc' (a VPC attachment) or 'peer_tgw' (a TGW peering), not "
                              + (vpc == nil ? "neither" : "both"))
            }
            return AsIsTGWAttachment(id: try f.required("id").string(), tgw: tgw, vpc: vpc, peerTGW: peer,
                                     state: try f.required("state").string(),
                                     azs: try f.optional("azs", default: 1) { a throws(ScenarioError) in try a.int(in: 1...32) })
        }
        var gatewaysOf: [String: [String]] = [:]
        for a in tgwAttachments { gatewaysOf[a.id] = [a.tgw] + (a.peerTGW.map { [$0] } ?? []) }
        tgwRouteTables = try Self.items(fields, "tgw_route_tables", n, \.gatewayTables, id: \.id) { r throws(ScenarioError) in
            try Self.gatewayTable(r, n, gatewaysOf: gatewaysOf)
        }
        // Groups may reference groups listed after them: their ids first.
        if let list = fields.optional("security_groups") {
            for item in try list.list() {
                if let id = try item.mapping(keys: ["id", "vpc", "ingress"]).optional("id") { n.groups.append(try id.string()) }
            }
        }
        var groupIDs: [String] = []
        securityGroups = try Self.items(fields, "security_groups", n, nil, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "vpc", "ingress"])
            let group = AsIsSecurityGroup(
                id: try f.required("id").string(), vpc: try f.optional("vpc").map { v throws(ScenarioError) in try n.vpc(v) },
                ingress: try f.optional("ingress", default: []) { l throws(ScenarioError) in
                    try l.list { rule throws(ScenarioError) in try Self.rule(rule, n) }
                })
            if groupIDs.contains(group.id) { throw r.error("'\(group.id)' is listed twice in as_is.security_groups") }
            groupIDs.append(group.id)
            return group
        }
        routeTables = try Self.items(fields, "route_tables", n, \.tables, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "vpc", "main", "routes"])
            return AsIsRouteTable(
                id: try f.required("id").string(), vpc: try n.vpc(try f.required("vpc")),
                main: try f.optional("main", default: false) { m throws(ScenarioError) in try m.bool() },
                routes: try f.optional("routes", default: []) { l throws(ScenarioError) in
                    try l.list { route throws(ScenarioError) in
                        let rf = try route.mapping(keys: ["destination", "target"])
                        return AsIsRoute(destination: try n.destination(try rf.required("destination")),
                                         target: try n.target(try rf.required("target")))
                    }
                })
        }
        serviceGroups = try fields.optional("services", default: []) { l throws(ScenarioError) in
            try l.list { r throws(ScenarioError) in
                let f = try r.mapping(keys: ["service", "security_groups"])
                return AsIsServiceGroups(service: try n.service(try f.required("service")),
                                         securityGroups: try n.groupList(try f.required("security_groups")))
            }
        }
        endpoints = try Self.items(fields, "endpoints", n, \.endpoints, id: \.id) { r throws(ScenarioError) in
            let f = try r.mapping(keys: ["id", "vpc", "service", "state", "azs", "security_groups"])
            return AsIsEndpoint(id: try f.required("id").string(), vpc: try n.vpc(try f.required("vpc")),
                                service: try n.service(try f.required("service")), state: try f.required("state").string(),
                                azs: try f.optional("azs", default: 1) { a throws(ScenarioError) in try a.int(in: 1...32) },
                                securityGroups: try f.optional("security_groups", default: []) { g throws(ScenarioError) in
                                    try n.groupList(g)
                                })
        }
    }

    /// One TGW route table: its gateway, the attachments associated with it and propagating
    /// into it (attachments of that gateway), and its static routes.
    private static func gatewayTable(_ r: NodeReader, _ n: AsIsNames,
                                     gatewaysOf: [String: [String]]) throws(ScenarioError) -> AsIsTGWRouteTable {
        let f = try r.mapping(keys: ["id", "tgw", "associations", "propagations", "routes"])
        let tgw = try n.reference(try f.required("tgw"), among: n.gateways, section: "transit_gateways")
        func attachments(_ key: String) throws(ScenarioError) -> [String] {
            try f.optional(key, default: []) { l throws(ScenarioError) in
                try l.list { a throws(ScenarioError) in
                    let id = try n.reference(a, among: n.attachments, section: "tgw_attachments")
                    guard gatewaysOf[id]?.contains(tgw) == true else {
                        throw a.error("attachment '\(id)' does not attach to \(tgw)")
                    }
                    return id
                }
            }
        }
        let routes: [AsIsTGWRoute] = try f.optional("routes", default: []) { l throws(ScenarioError) in
            try l.list { route throws(ScenarioError) -> AsIsTGWRoute in
                let rf = try route.mapping(keys: ["destination", "attachment", "blackhole"])
                let destination = try n.destination(try rf.required("destination"))
                let blackhole = try rf.optional("blackhole", default: false) { b throws(ScenarioError) in try b.bool() }
                let attachment = try rf.optional("attachment").map { a throws(ScenarioError) in
                    try n.reference(a, among: n.attachments, section: "tgw_attachments")
                }
                guard blackhole == (attachment == nil) else {
                    throw route.error("a TGW route has either 'attachment' or 'blackhole: true'")
                }
                return AsIsTGWRoute(destination: destination, attachment: attachment)
            }
        }
        return AsIsTGWRouteTable(id: try f.required("id").string(), tgw: tgw, associations: try attachments("associations"),
                                 propagations: try attachments("propagations"), routes: routes)
    }

    /// One inbound rule: `{protocol: tcp, ports: 443 | "1024-65535", cidrs: [...],
    /// prefix_lists: [...], groups: [...]}`; without `ports`, every port.
    private static func rule(_ reader: NodeReader, _ n: AsIsNames) throws(ScenarioError) -> AsIsSecurityRule {
        let f = try reader.mapping(keys: ["protocol", "ports", "cidrs", "prefix_lists", "groups"])
        let proto = try f.required("protocol").choice(["tcp": "tcp", "udp": "udp", "icmp": "icmp", "icmpv6": "icmpv6", "all": "all"])
        return AsIsSecurityRule(
            proto: proto, ports: try f.optional("ports").map { p throws(ScenarioError) in try Self.ports(p) },
            cidrs: try f.optional("cidrs", default: []) { l throws(ScenarioError) in
                try l.list { c throws(ScenarioError) in try c.cidr() }
            },
            prefixLists: try f.optional("prefix_lists", default: []) { l throws(ScenarioError) in
                try l.list { p throws(ScenarioError) in try n.reference(p, among: n.prefixLists, section: "prefix_lists") }
            },
            groups: try f.optional("groups", default: []) { l throws(ScenarioError) in try n.groupList(l) })
    }

    /// `443` or `"1024-65535"`, ports 0 to 65535.
    private static func ports(_ reader: NodeReader) throws(ScenarioError) -> ClosedRange<Int> {
        let text = try reader.string()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int(String($0.filter { $0 != " " })) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
              (0...65_535).contains(low), (0...65_535).contains(high), low <= high else {
            throw reader.error("expected a port (443) or a range (\"1024-65535\") of ports 0 to 65535, found '\(text)'")
        }
        return low...high
    }

    /// Reads list `key` of `fields`, each item by `read`; an id listed twice is an error.
    /// Each id is recorded in `names[keyPath:]` as soon as its item is read (later lists
    /// refer to it).
    private static func items<T>(_ fields: MappingReader, _ key: String, _ names: AsIsNames,
                                 _ known: ReferenceWritableKeyPath<AsIsNames, [String]>?, id: (T) -> String,
                                 _ read: (NodeReader) throws(ScenarioError) -> T) throws(ScenarioError) -> [T] {
        guard let list = fields.optional(key) else { return [] }
        var values: [T] = []
        for item in try list.list() {
            let value = try read(item)
            if let known {
                if names[keyPath: known].contains(id(value)) {
                    throw item.error("'\(id(value))' is listed twice in as_is.\(key)")
                }
                names[keyPath: known].append(id(value))
            }
            values.append(value)
        }
        return values
    }
}

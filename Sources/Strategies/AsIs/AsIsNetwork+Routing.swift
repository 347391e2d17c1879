import CloudModel

extension AsIsNetwork {
    /// The longest-prefix match among `routes` for `address`: the route whose blocks hold
    /// it with the longest prefix; on equal prefixes the first listed wins, except that a
    /// static TGW route beats a propagated one. VPC route tables: "we direct traffic using the
    /// most specific route that matches the traffic. This is known as the longest prefix
    /// match" ("How route priority works",
    /// https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html). TGW route
    /// tables: "the most specific route for the destination address", then, for the same
    /// destination, static routes before VPC-propagated ones ("Route evaluation order",
    /// https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html; "Static
    /// routes take precedence over propagated routes with the same destination",
    /// https://repost.aws/knowledge-center/transit-gateway-monitor-routes).
    static func longestMatch<Route>(_ routes: [Route], address: IPAddress, blocks: (Route) -> [CIDRBlock],
                                    propagated: (Route) -> Bool = { _ in false }) -> (route: Route, block: CIDRBlock)? {
        var best: (route: Route, block: CIDRBlock, propagated: Bool)?
        for route in routes {
            for block in blocks(route) where block.contains(address) {
                let isPropagated = propagated(route)
                if let current = best {
                    if block.prefixLength < current.block.prefixLength { continue }
                    if block.prefixLength == current.block.prefixLength && (isPropagated || !current.propagated) { continue }
                }
                best = (route, block, isPropagated)
            }
        }
        return best.map { ($0.route, $0.block) }
    }

    /// Whether VPC `v` holds `address` in one of its CIDRs.
    func holds(_ v: Int, _ address: IPAddress, topology: Topology) -> Bool {
        topology.vpcs[v].vpc.cidrs.contains { $0.contains(address) }
    }

    /// The way from VPC `from` to `address`, which must end in VPC `expected`: the VPC's
    /// main route table (local routes first), then a peering (active, no transit: the
    /// address must be the peer's) or a Transit Gateway (the VPC's available attachment,
    /// the route table associated with it, its longest match, on across TGW peerings).
    func route(from: Int, to address: IPAddress, expecting expected: Int, topology: Topology) -> AsIsVerdict {
        var hops: [ReachHop] = [.vpc(from)]
        if holds(from, address, topology: topology) {
            return from == expected ? .reachable(hops: hops, via: .local)
                : .unreachable(.overlap, because: "\(address) is inside \(label(from))'s own CIDR (local route): it overlaps \(label(expected))")
        }
        guard let t = mainTable[from] else {
            return .unreachable(.noRoute, because: "\(label(from)) has no route table in as_is.route_tables")
        }
        let table = tables[t]
        guard let (match, _) = Self.longestMatch(table.routes, address: address, blocks: { $0.blocks }) else {
            return .unreachable(.noRoute, because: "\(table.id) (\(label(from))) has no route to \(address)")
        }
        let routeText = "\(table.id) (\(label(from))) route \(match.destination)"
        switch match.target {
        case .local:
            return .unreachable(.noRoute, because: "\(routeText) is local, but \(address) is not in \(label(from))")
        case .blackhole:
            return .unreachable(.noRoute, because: "\(routeText) is a blackhole")
        case .other(let id):
            return .unreachable(.noRoute, because: "\(routeText) goes to \(id), out of the estate")
        case .peering(let id):
            guard let peering = peerings[id] else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(id), which is not in as_is.peerings")
            }
            guard peering.state == AsIsPeering.activeState else {
                return .unreachable(AsIsStateReason.reason(for: peering.state),
                                    because: "\(routeText) goes to \(id), which is \(peering.state)")
            }
            guard peering.vpcs.contains(from), let peer = peering.vpcs.first(where: { $0 != from }) else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(id), which does not connect \(label(from))")
            }
            hops += [ReachHop(kind: "pcx", label: id), .vpc(peer)]
            guard holds(peer, address, topology: topology) else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(id), whose peer \(label(peer)) does not hold "
                                    + "\(address) (peering is not transitive)")
            }
            return peer == expected ? .reachable(hops: hops, via: .peering)
                : .unreachable(.overlap, because: "\(routeText) goes to \(id), whose peer \(label(peer)) holds \(address): it overlaps \(label(expected))")
        case .transitGateway(let id):
            guard let gateway = gateways[id] else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(id), which is not in as_is.transit_gateways")
            }
            guard gateway.state == AsIsTGWAttachment.availableState else {
                return .unreachable(AsIsStateReason.reason(for: gateway.state), because: "\(routeText) goes to \(id), which is \(gateway.state)")
            }
            guard let attachment = vpcAttachment[id]?[from], let a = attachments[attachment] else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(id), but \(label(from)) has no attachment to it")
            }
            guard a.state == AsIsTGWAttachment.availableState else {
                return .unreachable(AsIsStateReason.reason(for: a.state), because: "\(routeText) goes to \(id) through \(attachment), which is \(a.state)")
            }
            return gatewayRoute(tgw: id, entering: attachment, address: address, expecting: expected, hops: hops,
                                gateways: 1, topology: topology)
        }
    }

    /// The most TGW peering hops a path may take before as-is calls it a loop.
    static let maximumGateways = 8

    /// Inside gateway `tgw`, entered through `attachment`: the route table associated with the
    /// attachment, its longest match for `address`, and where that attachment leads.
    func gatewayRoute(tgw: String, entering attachment: String, address: IPAddress, expecting expected: Int,
                      hops: [ReachHop], gateways: Int, topology: Topology) -> AsIsVerdict {
        var hops = hops + [ReachHop(kind: "tgw", label: tgw)]
        guard gateways <= Self.maximumGateways else {
            return .unreachable(.noRoute, because: "routing loop across \(gateways) transit gateways at \(tgw)")
        }
        guard let t = association[tgw]?[attachment] else {
            return .unreachable(.noRoute, because: "\(attachment) is associated with no route table of \(tgw)")
        }
        let table = gatewayTables[t]
        guard let (match, _) = Self.longestMatch(table.routes, address: address, blocks: { $0.blocks }, propagated: { $0.propagated }) else {
            return .unreachable(.noRoute, because: "\(table.id) (\(tgw), associated with \(attachment)) has no route to \(address)"
                                + " (no static route, no propagation covers it)")
        }
        let routeText = "\(table.id) (\(tgw)) \(match.propagated ? "propagated" : "static") route \(match.destination)"
        guard let next = match.attachment else {
            return .unreachable(.noRoute, because: "\(routeText) is a blackhole")
        }
        guard let a = attachments[next] else {
            return .unreachable(.noRoute, because: "\(routeText) goes to \(next), which is not in as_is.tgw_attachments")
        }
        guard a.state == AsIsTGWAttachment.availableState else {
            return .unreachable(AsIsStateReason.reason(for: a.state), because: "\(routeText) goes to \(next), which is \(a.state)")
        }
        if let peer = a.peerTGW {
            let other = a.tgw == tgw ? peer : a.tgw
            guard let gateway = self.gateways[other], gateway.state == AsIsTGWAttachment.availableState else {
                return .unreachable(.noRoute, because: "\(routeText) goes to \(next), whose other gateway \(other) is not available")
            }
            hops.append(ReachHop(kind: "tgw-attach", label: next))
            return gatewayRoute(tgw: other, entering: next, address: address, expecting: expected, hops: hops,
                                gateways: gateways + 1, topology: topology)
        }
        guard let v = attachmentVPC[next], a.tgw == tgw else {
            return .unreachable(.noRoute, because: "\(routeText) goes to \(next), which attaches no VPC of the scenario to \(tgw)")
        }
        hops.append(.vpc(v))
        guard holds(v, address, topology: topology) else {
            return .unreachable(.noRoute, because: "\(routeText) goes to \(next) (\(label(v))), which does not hold \(address)")
        }
        return v == expected ? .reachable(hops: hops, via: .transitGateway(gateways: gateways))
            : .unreachable(.overlap, because: "\(routeText) goes to \(next) (\(label(v))), which holds \(address): it overlaps \(label(expected))")
    }
}

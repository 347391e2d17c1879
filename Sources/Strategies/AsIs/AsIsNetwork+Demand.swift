import CloudModel

extension AsIsNetwork {
    /// A client of VPC `c` at `source` calling service `s` (in VPC `p`, at `destination`, on
    /// `port`):
    /// - with an interface endpoint of `c` to the service, through it (clients resolve the
    ///   service's private DNS name to the endpoint): the endpoint must be `available` and
    ///   its security groups must admit the client on the port (the provider's NLB and
    ///   targets are the provider's own and not checked);
    /// - otherwise over routes: `c`'s main route table to the provider, the provider's main
    ///   route table back (return traffic), and the groups in front of the service
    ///   (`as_is.services`; not checked when unknown) must admit the client (⚠ assumption:
    ///   the client's address reaches the targets, i.e. client IP preservation).
    func verdict(consumer c: Int, source: IPAddress, service s: Int, provider p: Int, destination: IPAddress,
                 port: Int, topology: Topology) -> AsIsVerdict {
        if c == p { return .reachable(hops: [.vpc(c)], via: .local) }
        if let e = endpoint[c]?[s] {
            guard e.state == AsIsEndpoint.availableState else {
                return .unreachable(AsIsStateReason.reason(for: e.state),
                                    because: "\(e.id) (\(label(c)) to \(topology.services[s].name)) is \(e.state)")
            }
            if !e.securityGroups.isEmpty && !admits(e.securityGroups, source: c, address: source, port: port) {
                return .unreachable(.securityGroup, because: refusal(e.securityGroups, of: "endpoint \(e.id)'s", source: c,
                                                                      address: source, port: port))
            }
            return .reachable(hops: [.vpc(c), ReachHop(kind: "vpce", label: e.id), .vpc(p)], via: .endpoint(e.id))
        }
        return routed(from: c, source, to: p, destination, port: port, groups: serviceGroups[s],
                      guardedBy: "\(topology.services[s].name)'s", topology: topology)
    }

    /// Over routes from `c` at `source` to `p` at `destination` and back, admitted by
    /// `groups` on `port` (nil: not checked).
    func routed(from c: Int, _ source: IPAddress, to p: Int, _ destination: IPAddress, port: Int?, groups: [String]?,
                guardedBy what: String, topology: Topology) -> AsIsVerdict {
        let forward = route(from: c, to: destination, expecting: p, topology: topology)
        guard case .reachable(let hops, let via) = forward else { return forward }
        if case .unreachable(let reason, let why) = route(from: p, to: source, expecting: c, topology: topology) {
            return .unreachable(reason, because: "return path: " + why)
        }
        if let groups, let port, !groups.isEmpty, !admits(groups, source: c, address: source, port: port) {
            return .unreachable(.securityGroup, because: refusal(groups, of: what, source: c, address: source, port: port))
        }
        return .reachable(hops: hops, via: via)
    }
}

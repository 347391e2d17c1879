import CloudModel

/// One element of the path a packet takes, as a Reachability-Analyzer-style answer lists it.
public enum ReachHop: Hashable, Sendable, CustomStringConvertible {
    /// Inside a VPC (by index into `Topology.vpcs`).
    case vpc(Int)
    /// Across a VPC peering connection (the strategy's connection number).
    case peering(Int)
    /// Through an interface endpoint (the strategy's endpoint number) in the source VPC.
    case interfaceEndpoint(Int)
    /// Through the Network Load Balancer of a service (by index into `Topology.services`).
    case loadBalancer(service: Int)
    /// Through the transit gateway of a region (by index into `Topology.regions`).
    case transitGateway(region: Int)
    /// Across the inter-region peering attachment between two regions' transit gateways.
    case transitGatewayPeering(from: Int, to: Int)
    /// Through a service network's proxy to a service (by index into `Topology.services`).
    case serviceNetwork(service: Int)

    public var description: String {
        switch self {
        case .vpc(let v): return "vpc[\(v)]"
        case .peering(let p): return "pcx[\(p)]"
        case .interfaceEndpoint(let e): return "vpce[\(e)]"
        case .loadBalancer(let s): return "nlb[service \(s)]"
        case .transitGateway(let r): return "tgw[region \(r)]"
        case .transitGatewayPeering(let a, let b): return "tgw-peering[\(a)→\(b)]"
        case .serviceNetwork(let s): return "service-network[service \(s)]"
        }
    }
}

/// The answer to "can this address in VPC A reach that address in VPC B right now?": the
/// forward path when it can, or the reason it cannot. Return traffic and security groups
/// are checked too, so `reachable` means a TCP exchange would succeed.
public enum ReachResult: Hashable, Sendable, CustomStringConvertible {
    case reachable([ReachHop])
    case unreachable(UnreachableReason)

    /// The reachability alone, as the data plane reads it.
    @inlinable public var reachability: Reachability {
        switch self {
        case .reachable: return .reachable
        case .unreachable(let reason): return .unreachable(reason)
        }
    }

    /// The forward path, when reachable.
    public var path: [ReachHop]? {
        if case .reachable(let hops) = self { return hops }
        return nil
    }

    public var description: String {
        switch self {
        case .reachable(let hops): return "reachable via " + hops.map(\.description).joined(separator: " → ")
        case .unreachable(let reason): return "unreachable (\(reason.rawValue))"
        }
    }
}

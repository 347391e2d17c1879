import CloudModel

/// The hops of the load balancers a design adds in front of a service
/// (`ConnectivityStrategy.addedLoadBalancer`), one way each. Shared by every design; a
/// scenario's `latency:` section sets them by key like the designs' own hops.
public enum LoadBalancerHops {
    /// One way through an internal Network Load Balancer: uniform 0.025–0.15 ms.
    ///
    /// ⚠ Assumption: AWS publishes no figure. The one measured figure for a path through an
    /// NLB is PrivateLink's (`privatelink_hop`, an interface endpoint and its NLB), so this
    /// reuses it: an upper estimate for the NLB alone.
    public static let nlb = HopDefinition(
        key: "nlb_hop", label: "Network Load Balancer, each way",
        defaultDelay: DelayDistribution(body: .uniformDuration(min: "0.025ms", max: "0.15ms")),
        basis: "⚠ assumption: AWS publishes no figure; PrivateLink's endpoint-and-NLB figure reused, an upper estimate for an NLB alone")

    /// One way through an internal Application Load Balancer: uniform 0.1–0.5 ms.
    ///
    /// ⚠ Assumption: AWS publishes no figure for the time an ALB adds (its
    /// `TargetResponseTime` metric starts when the request leaves the load balancer). An ALB
    /// terminates the connection and proxies each HTTP request, so this is vpcsim's figure
    /// for a layer-7 proxy, the default of a design whose own proxy is one.
    public static let alb = HopDefinition(
        key: "alb_hop", label: "Application Load Balancer, each way",
        defaultDelay: DelayDistribution(body: .uniformDuration(min: "0.1ms", max: "0.5ms")),
        basis: "⚠ assumption: AWS publishes no figure; taken as vpcsim's layer-7 proxy figure")

    /// Both, in the order `LoadBalancerKind.hopIndex` refers to.
    public static let all: [HopDefinition] = [nlb, alb]

    /// The hop of `kind`, nil for none.
    public static func definition(of kind: LoadBalancerKind) -> HopDefinition? {
        kind == .none ? nil : all[Int(kind.hopIndex) - 1]
    }
}

extension LoadBalancerKind {
    /// The hop's position in `LoadBalancerHops.all` plus one; 0 for none
    /// (`LatencyComponents.balancer`).
    var hopIndex: UInt8 {
        switch self {
        case .none: return 0
        case .nlb: return 1
        case .alb: return 2
        }
    }
}

import CloudModel

extension ConnectivityStrategy {
    /// The load balancers the design's bill and path include for services whose scenario
    /// asks for `configured` (one per service), as result manifests record them
    /// (`load_balancers`) and cost findings name them, e.g. `nlb × 2 (services[].load_balancer)`
    /// or, under PrivateLink, `endpoint-service NLB × 2 + alb × 1`.
    public static func loadBalancerSetting(_ configured: [LoadBalancerKind]) -> String {
        var parts: [String] = []
        if let own = ownLoadBalancer { parts.append("\(own) × \(configured.count)") }
        for kind in [LoadBalancerKind.nlb, .alb] {
            let count = configured.filter { addedLoadBalancer($0) == kind }.count
            if count > 0 { parts.append("\(kind.name) × \(count)") }
        }
        return parts.isEmpty ? "none (services[].load_balancer)" : parts.joined(separator: " + ") + " (services[].load_balancer)"
    }
}

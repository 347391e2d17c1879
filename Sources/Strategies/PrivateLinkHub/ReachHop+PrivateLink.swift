extension ReachHop {
    /// Through an interface endpoint (the design's endpoint number) in the source VPC.
    public static func interfaceEndpoint(_ e: Int) -> ReachHop { ReachHop(kind: "vpce", label: "\(e)") }

    /// Through the Network Load Balancer of a service (by index into `Topology.services`).
    public static func loadBalancer(service s: Int) -> ReachHop { ReachHop(kind: "nlb", label: "service \(s)") }
}

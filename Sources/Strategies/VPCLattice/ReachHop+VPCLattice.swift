extension ReachHop {
    /// Through a Region's Lattice service network to a service (by index into `Topology.services`).
    public static func serviceNetwork(service s: Int) -> ReachHop { ReachHop(kind: "service-network", label: "service \(s)") }
}

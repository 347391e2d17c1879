extension PeeringMeshStrategy {
    /// One peering with its two routes and two security-group rules: 108 B (1,000 → 2,000
    /// VPCs in a full mesh, 499,500 → 1,999,000 peerings: 89 → 251 MB peak RSS) and 82 B
    /// (→ 3,000 VPCs, 452 MB); routes in further route tables of a VPC are counted, not
    /// stored (3 tables: the same). Measured with `/usr/bin/time -f %M` on `vpcsim run
    /// --jobs 1 --replications 1`, release build, 2026-12-07.
    public static let bytesPerPeering = 110.0

    /// A full mesh holds a peering per pair of VPCs; `mesh: needed` one per sender.
    public static func memoryFootprint(_ sizes: DesignSizes, options: DesignOptions) -> DesignFootprint? {
        let mesh = options.peering.mesh
        let pairs = mesh == .full ? sizes.vpcs * (sizes.vpcs - 1) / 2 : sizes.senders
        return DesignFootprint(what: "\(DesignFootprint.count(pairs)) peerings (\(kind.rawValue), \(mesh.rawValue))",
                               bytes: pairs * bytesPerPeering)
    }
}

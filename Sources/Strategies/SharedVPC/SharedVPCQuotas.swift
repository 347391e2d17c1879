/// The quota that bounds a shared VPC.
enum SharedVPCQuotas {
    /// Subnets per VPC: 200, adjustable ("Amazon VPC quotas", Amazon VPC User Guide, "VPC
    /// and subnets" table). Each workload takes one subnet per AZ it uses, so a Region's
    /// shared VPC holds about 66 three-AZ workloads at the default.
    static let subnetsPerVPC = 200
}

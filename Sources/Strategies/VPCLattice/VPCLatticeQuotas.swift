import CloudModel

extension VPCLatticeStrategy {
    static let latticeQuotas = "[DOC] docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html (\"Quotas for Amazon VPC "
        + "Lattice\"; \"Unless otherwise noted, each quota is Region-specific\")"

    /// VPC Lattice's quotas that bind at the scales vpcsim runs. Each is adjustable through
    /// AWS Support, which publishes no maximum, so under either preset vpcsim uses the
    /// default (⚠: the highest value a study can count on without a support case).
    ///
    /// With one AWS account per VPC (the assumption every design makes), per-account quotas
    /// (services, target groups per Region) apply per provider VPC; per-service-network
    /// quotas apply to the Region's one service network. Not enforced because the design
    /// never comes near them: service networks per Region (50; one used), listeners per
    /// service (2; one used), security groups per association (5; one used), target groups
    /// per service (10; one used), service-network endpoints per service network (200; none).
    public static var quotas: [QuotaDefinition] { [
        QuotaDefinition(.latticeVPCAssociationsPerServiceNetwork, awsName: "VPC associations per service network",
                        code: "L-EF6E2D62", scope: "per service network", defaultValue: 500, adjustable: true,
                        source: latticeQuotas, asOf: "2026-09",
                        note: "A Region with more consumer VPCs leaves the rest unassociated (quota)."),
        QuotaDefinition(.latticeServiceAssociationsPerServiceNetwork, awsName: "Service associations per service network",
                        code: "L-75D4A19E", scope: "per service network", defaultValue: 500, adjustable: true,
                        source: latticeQuotas, asOf: "2026-09"),
        QuotaDefinition(.latticeServicesPerRegion, awsName: "Services per region", code: "L-620C821E",
                        scope: "per account per Region (per provider VPC)", defaultValue: 2_000, adjustable: true,
                        source: latticeQuotas, asOf: "2026-09"),
        QuotaDefinition(.latticeTargetGroupsPerRegion, awsName: "Target groups per region", code: "L-BB11C6B9",
                        scope: "per account per Region (per provider VPC; one per service)", defaultValue: 500,
                        adjustable: true, source: latticeQuotas, asOf: "2026-09"),
        QuotaDefinition(.latticeTargetsPerTargetGroup, awsName: "Targets per target group", code: "L-D71303F3",
                        scope: "per target group (a service's instances in every AZ)", defaultValue: 1_000,
                        adjustable: true, source: latticeQuotas, asOf: "2026-09"),
    ] }
}

extension QuotaKey {
    /// VPC associations per Lattice service network.
    public static let latticeVPCAssociationsPerServiceNetwork = QuotaKey("lattice_vpc_associations_per_service_network")
    /// Service associations per Lattice service network.
    public static let latticeServiceAssociationsPerServiceNetwork = QuotaKey("lattice_service_associations_per_service_network")
    /// Lattice services per account per Region.
    public static let latticeServicesPerRegion = QuotaKey("lattice_services_per_region")
    /// Lattice target groups per account per Region.
    public static let latticeTargetGroupsPerRegion = QuotaKey("lattice_target_groups_per_region")
    /// Targets per Lattice target group.
    public static let latticeTargetsPerTargetGroup = QuotaKey("lattice_targets_per_target_group")
}

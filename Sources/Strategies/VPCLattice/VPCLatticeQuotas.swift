/// VPC Lattice's quotas that bind at the scales vpcsim runs, kept here until the quota
/// catalog (`QuotaKey`, being reworked) gains them.
///
/// Source for every figure: "Quotas for Amazon VPC Lattice", Amazon VPC Lattice User Guide,
/// https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html ("Unless otherwise
/// noted, each quota is Region-specific"; each "Each supported Region: N", adjustable
/// ("For additional capacity and limit increases, contact AWS Support"). AWS publishes no
/// maximum for them, so under either preset (`maximum`, `aws-defaults`) vpcsim uses the
/// defaults: the highest value a study can count on without a support case (⚠).
///
/// With one AWS account per VPC (the assumption every design makes), per-account quotas
/// (services, target groups per Region) apply per provider VPC; per-service-network quotas
/// apply to the Region's one service network. Not enforced because the design never comes
/// near them: service networks per Region (50; one used), listeners per service (2; one
/// used), security groups per association (5; one used), target groups per service (10; one
/// used), VPC endpoints of type service network per service network (200; none used).
public struct VPCLatticeQuotas: Equatable, Sendable {
    /// "VPC associations per service network": 500 (L-EF6E2D62). Binding: a Region with more
    /// consumer VPCs than this leaves the rest unassociated (`quota`).
    public var vpcAssociationsPerServiceNetwork = 500
    /// "Service associations per service network": 500 (L-75D4A19E). Binding with more than
    /// 500 provided services in one Region.
    public var serviceAssociationsPerServiceNetwork = 500
    /// "Services per region": 2,000 (L-620C821E), per account, so per provider VPC.
    public var servicesPerRegion = 2_000
    /// "Target groups per region": 500 (L-BB11C6B9), per account, so per provider VPC; one
    /// target group per service.
    public var targetGroupsPerRegion = 500
    /// "Targets per target group": 1,000 (L-D71303F3): a service's instances (instances per
    /// AZ × AZs of its VPC), all registered in its one target group.
    public var targetsPerTargetGroup = 1_000

    public init() {}

    /// AWS's defaults, as above.
    public static let aws = VPCLatticeQuotas()
}

import SimKernel

/// The operations of SharedVPCStrategy that take time, each with its own random stream.
public enum SharedVPCTimedOperation: Int, TimedOperation {
    case sharedVPCCreate, subnetShare, regionPeering, routeCreate

    /// The `control_plane:` delay and its sourced default.
    public var definition: DelayDefinition? {
        switch self {
        case .sharedVPCCreate: return DelayDefinition(
            key: "shared_vpc_create", uniformFrom: "5s", to: "30s",
            source: "⚠ assumption: CreateVpc, its subnets' CIDR blocks and CreateResourceShare are API calls of seconds (the Terraform peering tests create two VPCs and a peering in 32.6–45.0 s, aws-facts.md §2.3)")
        case .subnetShare: return DelayDefinition(
            key: "subnet_share", uniformFrom: "5s", to: "60s",
            source: "⚠ assumption: CreateSubnet per AZ and AssociateResourceShare; AWS publishes no time for a RAM association to reach the participant. Inside an organization with RAM sharing enabled there is no invitation to accept (\"Share your VPC subnets with other accounts\", Amazon VPC User Guide: participants must belong to the same organization)")
        case .regionPeering: return DelayDefinition(
            key: "region_peering", uniformFrom: "2s", to: "15s",
            source: "⚠ assumption: request, accept by the same network account and provisioning, as peering_create plus peering_provision of the peering mesh")
        case .routeCreate: return SharedDelays.routeCreate
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        configuredDelay(in: configuration)
    }
}

extension SharedVPCStrategy {
    public typealias TimedOperation = SharedVPCTimedOperation
}

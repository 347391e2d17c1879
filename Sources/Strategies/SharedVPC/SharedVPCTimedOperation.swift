import SimKernel

/// The operations of SharedVPCStrategy that take time, each with its own random stream.
public enum SharedVPCTimedOperation: Int, TimedOperation {
    case sharedVPCCreate, subnetShare, regionPeering, routeCreate
    /// `cross_region: tgw-peering` only.
    case tgwCreate, tgwAttachment, tgwPeering

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
        // The transit-gateway design's figures and sources (TransitGatewayTimedOperation),
        // under keys of this design's own, so that either can be set apart from the other.
        case .tgwCreate: return DelayDefinition(
            key: "shared_vpc_tgw_create", sameAs: TransitGatewayTimedOperation.tgwCreate,
            source: "as tgw_create (transit-gateway): ⚠ assumption: the only data point is TestAccTransitGateway_serial/VpcAttachment/basic, 310.6 s for TGW create + VPC attachment + both deletions (terraform-provider-aws PR #26076, 2022); split into creation and attachment of at most 150 s each")
        case .tgwAttachment: return DelayDefinition(
            key: "shared_vpc_tgw_attachment", sameAs: TransitGatewayTimedOperation.tgwAttachment,
            source: "as tgw_attachment (transit-gateway): ⚠ assumption, from the same 310.6 s data point (terraform-provider-aws PR #26076); the network account owns both the gateway and the shared VPC, so no acceptance")
        case .tgwPeering: return DelayDefinition(
            key: "shared_vpc_tgw_peering", sameAs: TransitGatewayTimedOperation.tgwPeering,
            source: "as tgw_peering (transit-gateway): ⚠ assumption, by analogy with attachments; from acceptance, which the network account makes at once (⚠ assumption), to available")
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        configuredDelay(in: configuration)
    }
}

extension DelayDefinition {
    /// A delay of another key whose default is `operation`'s (the figure defined once).
    fileprivate init(key: String, sameAs operation: TransitGatewayTimedOperation, source: String) {
        guard let definition = operation.definition else { preconditionFailure("\(operation) has no default delay") }
        self.key = key
        defaultValue = definition.defaultValue
        self.source = source
    }
}

extension SharedVPCStrategy {
    public typealias TimedOperation = SharedVPCTimedOperation
}

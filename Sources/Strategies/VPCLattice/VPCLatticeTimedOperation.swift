import SimKernel

/// The operations of VPCLatticeStrategy that take time, each with its own random stream.
///
/// AWS publishes no provisioning time for any VPC Lattice resource: every default is an
/// assumption (⚠). Lattice resources are configuration in a managed, already-running
/// fleet (no load balancer nodes or interfaces are placed in the VPCs: clients reach it at a
/// link-local address), so the defaults are seconds to tens of seconds, far below an NLB's
/// or an endpoint's minutes.
public enum VPCLatticeTimedOperation: Int, TimedOperation {
    case serviceNetworkCreate, serviceCreate, associationCreate

    /// The `control_plane:` delay and its sourced default.
    public var definition: DelayDefinition? {
        switch self {
        case .serviceNetworkCreate: return DelayDefinition(
            key: "lattice_service_network_create", uniformFrom: "1s", to: "5s",
            source: "⚠ assumption: AWS publishes no figure; CreateServiceNetwork (and RAM's CreateResourceShare) create configuration only, no capacity, so an API call of seconds")
        case .serviceCreate: return DelayDefinition(
            key: "lattice_service_create", uniformFrom: "5s", to: "30s",
            source: "⚠ assumption: AWS publishes no figure; CreateTargetGroup, RegisterTargets, CreateService and CreateListener until the service is ACTIVE, with the targets' first health checks; seconds to tens of seconds")
        case .associationCreate: return DelayDefinition(
            key: "lattice_association_create", uniformFrom: "10s", to: "60s",
            source: "⚠ assumption: AWS publishes no figure; a service or VPC association goes CREATE_IN_PROGRESS → ACTIVE (Lattice API reference, ServiceNetworkVpcAssociationStatus); tens of seconds assumed, for the managed fleet and DNS to learn it")
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        configuredDelay(in: configuration)
    }
}

extension VPCLatticeStrategy {
    public typealias TimedOperation = VPCLatticeTimedOperation
}

import SimKernel

/// The operations of PrivateLinkHubStrategy that take time, each with its own random stream.
public enum PrivateLinkTimedOperation: Int, TimedOperation {
    case nlbCreate, endpointServiceCreate, endpointCreate, endpointAcceptance

    public var key: String { definition?.key ?? "endpoint_acceptance" }

    /// The `control_plane:` delay and its sourced default; nil for the acceptance, which
    /// the design's `acceptance` option sets.
    public var definition: DelayDefinition? {
        switch self {
        case .nlbCreate: return DelayDefinition(
            key: "nlb_create", uniformFrom: "120s", to: "300s",
            source: "⚠ UNCONFIRMED (aws-facts.md §2.3 lists no figure): NLBs are commonly reported to take a few minutes to provision; the bounds are an assumption")
        case .endpointServiceCreate: return DelayDefinition(
            key: "endpoint_service_create", uniformFrom: "1s", to: "5s",
            source: "⚠ assumption: a configuration call, no provisioning, once the NLB is active")
        case .endpointCreate: return DelayDefinition(
            key: "endpoint_create", uniformFrom: "120s", to: "150s",
            source: "the Gateway Load Balancer endpoint figure of \"approximately 120–150 seconds\" (terraform-provider-aws issue #32774, 2023-07), used as a proxy for interface endpoints (aws-facts.md §2.3, ⚠ for interface endpoints)")
        case .endpointAcceptance: return nil
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        guard self == .endpointAcceptance else { return configuredDelay(in: configuration) }
        if case .after(let spec) = configuration.options.privateLink.acceptance { return spec }
        return nil
    }
}

extension PrivateLinkHubStrategy {
    public typealias TimedOperation = PrivateLinkTimedOperation
}

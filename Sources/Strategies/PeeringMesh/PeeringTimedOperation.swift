import SimKernel

/// The operations of PeeringMeshStrategy that take time, each with its own random stream.
public enum PeeringTimedOperation: Int, TimedOperation {
    case peeringCreate, peeringProvision, routeCreate, peeringAcceptance

    public var key: String { definition?.key ?? "peering_acceptance" }

    /// The `control_plane:` delay and its sourced default; nil for the acceptance, which
    /// the design's `acceptance` option sets.
    public var definition: DelayDefinition? {
        switch self {
        case .peeringCreate: return DelayDefinition(
            key: "peering_create", uniformFrom: "1s", to: "5s",
            source: "⚠ assumption: an API call of seconds, well inside the whole Terraform peering tests (32.6 s and 45.0 s including VPC creation, aws-facts.md §2.3)")
        case .peeringProvision: return DelayDefinition(
            key: "peering_provision", uniformFrom: "1s", to: "10s",
            source: "⚠ assumption: AWS says only that the connection \"will soon be in the active state\" after acceptance")
        case .routeCreate: return SharedDelays.routeCreate
        case .peeringAcceptance: return nil
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        guard self == .peeringAcceptance else { return configuredDelay(in: configuration) }
        if case .after(let spec) = configuration.options.peering.acceptance { return spec }
        return nil
    }
}

extension PeeringMeshStrategy {
    public typealias TimedOperation = PeeringTimedOperation
}

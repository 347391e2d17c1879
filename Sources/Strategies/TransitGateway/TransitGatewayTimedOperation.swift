import SimKernel

/// The operations of TransitGatewayStrategy that take time, each with its own random stream.
public enum TransitGatewayTimedOperation: Int, TimedOperation {
    case tgwCreate, tgwAttachment, tgwPeering, routeCreate, tgwAcceptance

    public var key: String { definition?.key ?? "tgw_acceptance" }

    /// The `control_plane:` delay and its sourced default; nil for the acceptance, which
    /// the design's `acceptance` option sets.
    public var definition: DelayDefinition? {
        switch self {
        case .tgwCreate: return DelayDefinition(
            key: "tgw_create", uniformFrom: "60s", to: "150s",
            source: "⚠ assumption: the only data point is TestAccTransitGateway_serial/VpcAttachment/basic, 310.6 s for TGW create + VPC attachment + both deletions (terraform-provider-aws PR #26076, 2022); split into creation and attachment of at most 150 s each")
        case .tgwAttachment: return DelayDefinition(
            key: "tgw_attachment", uniformFrom: "60s", to: "150s",
            source: "⚠ assumption, from the same 310.6 s data point")
        case .tgwPeering: return DelayDefinition(
            key: "tgw_peering", uniformFrom: "60s", to: "150s",
            source: "⚠ assumption, by analogy with attachments")
        case .routeCreate: return SharedDelays.routeCreate
        case .tgwAcceptance: return nil
        }
    }

    public func distribution(in configuration: ControlPlaneConfiguration) -> DistributionSpec? {
        guard self == .tgwAcceptance else { return configuredDelay(in: configuration) }
        if case .after(let spec) = configuration.options.transitGateway.acceptance { return spec }
        return nil
    }
}

extension TransitGatewayStrategy {
    public typealias TimedOperation = TransitGatewayTimedOperation
}

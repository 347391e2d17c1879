import SimKernel

/// Draws the duration of each control-plane operation, one random stream per kind of
/// operation derived from (seed, `controlplane.<operation>`, replication), so that changing
/// one delay's distribution leaves the draws of every other kind unchanged.
final class OperationTimer {
    /// The timed operations.
    enum Operation: Int, CaseIterable {
        case peeringCreate, peeringProvision, routeCreate, nlbCreate, endpointServiceCreate, endpointCreate
        case tgwCreate, tgwAttachment, tgwPeering
        case peeringAcceptance, endpointAcceptance, tgwAcceptance

        var purpose: String {
            switch self {
            case .peeringCreate: return "controlplane.peering_create"
            case .peeringProvision: return "controlplane.peering_provision"
            case .routeCreate: return "controlplane.route_create"
            case .nlbCreate: return "controlplane.nlb_create"
            case .endpointServiceCreate: return "controlplane.endpoint_service_create"
            case .endpointCreate: return "controlplane.endpoint_create"
            case .tgwCreate: return "controlplane.tgw_create"
            case .tgwAttachment: return "controlplane.tgw_attachment"
            case .tgwPeering: return "controlplane.tgw_peering"
            case .peeringAcceptance: return "controlplane.peering_acceptance"
            case .endpointAcceptance: return "controlplane.endpoint_acceptance"
            case .tgwAcceptance: return "controlplane.tgw_acceptance"
            }
        }
    }

    private let distributions: [DistributionSpec?]
    private let streams: [RandomStream]

    init(configuration: ControlPlaneConfiguration) {
        let d = configuration.delays
        func acceptance(_ a: Acceptance) -> DistributionSpec? {
            if case .after(let spec) = a { return spec }
            return nil
        }
        distributions = Operation.allCases.map { operation -> DistributionSpec? in
            switch operation {
            case .peeringCreate: return d.peeringCreate
            case .peeringProvision: return d.peeringProvision
            case .routeCreate: return d.routeCreate
            case .nlbCreate: return d.nlbCreate
            case .endpointServiceCreate: return d.endpointServiceCreate
            case .endpointCreate: return d.endpointCreate
            case .tgwCreate: return d.tgwCreate
            case .tgwAttachment: return d.tgwAttachment
            case .tgwPeering: return d.tgwPeering
            case .peeringAcceptance: return acceptance(configuration.peering.acceptance)
            case .endpointAcceptance: return acceptance(configuration.privateLink.acceptance)
            case .tgwAcceptance: return acceptance(configuration.transitGateway.acceptance)
            }
        }
        streams = Operation.allCases.map {
            RandomStream(runSeed: configuration.seed, purpose: $0.purpose, index: UInt64(configuration.replication))
        }
    }

    /// One duration of `operation`; zero for an automatic acceptance.
    @inline(__always)
    func draw(_ operation: Operation) -> SimTime {
        guard let spec = distributions[operation.rawValue] else { return .zero }
        return spec.sampleTime(streams[operation.rawValue])
    }

    /// Whether acceptance of this kind is automatic (no human in the loop).
    func isAutomatic(_ operation: Operation) -> Bool { distributions[operation.rawValue] == nil }
}

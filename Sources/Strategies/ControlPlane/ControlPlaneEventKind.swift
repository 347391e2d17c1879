import SimKernel

/// The event kinds of the control plane. All lie in `range` (0..<1000); the data plane uses
/// 1000..<2000, so a combined model dispatches an event by its kind's range.
///
/// `target`, `a` and `b` of each event carry the ids named on each case.
public enum ControlPlaneEventKind: UInt32, CaseIterable, Sendable {
    /// A VPC is created (`target`: VPC index). Scheduled by `ControlPlane.start`.
    case vpcCreated = 0
    /// A regular timeseries point (no ids).
    case sample = 1

    // MARK: VPC peering (`target`: connection number)
    /// `CreateVpcPeeringConnection` returned: the request is `pending-acceptance`.
    case peeringRequested = 100
    /// The accepter accepted: `provisioning`.
    case peeringAccepted = 101
    /// Seven days passed without acceptance: `expired`.
    case peeringExpired = 102
    /// Provisioning finished: `active`.
    case peeringActive = 103
    /// Routes and security-group rules of one side are in place (`a`: 0 lower VPC, 1 higher).
    case peeringRoutesAdded = 104

    // MARK: PrivateLink
    /// The provider's Network Load Balancer is active (`target`: service index).
    case loadBalancerActive = 200
    /// The endpoint service is available (`target`: service index).
    case endpointServiceAvailable = 201
    /// The provider accepted an endpoint connection (`target`: endpoint number).
    case endpointAccepted = 202
    /// An interface endpoint is `available` (`target`: endpoint number).
    case endpointAvailable = 203

    // MARK: Transit Gateway
    /// A region's transit gateway is `available` (`target`: region index).
    case transitGatewayAvailable = 300
    /// A TGW peering attachment was accepted (`target`: peering number).
    case tgwPeeringAccepted = 301
    /// A TGW peering attachment is `available` (`target`: peering number).
    case tgwPeeringAvailable = 302
    /// A VPC attachment was accepted by the TGW owner (`target`: VPC index).
    case attachmentAccepted = 303
    /// A VPC attachment is `available` (`target`: VPC index).
    case attachmentAvailable = 304
    /// The VPC's routes toward the TGW are in place (`target`: VPC index).
    case attachmentRoutesAdded = 305

    /// The kinds the control plane owns.
    public static let range: Range<UInt32> = 0..<1000

    /// Whether an event belongs to the control plane.
    @inlinable public static func owns(_ event: Event) -> Bool { range.contains(event.kind) }
}

/// The control-plane events of PeeringMeshStrategy: kinds 100..<200, its sub-range of the
/// control plane's 0..<1000 (`PeeringMeshStrategy.eventRange`).
public enum PeeringEventKind: UInt32, ControlPlaneEvent {
    /// `CreateVpcPeeringConnection` returned: the request is `pending-acceptance`
    /// (`target`: connection number).
    case peeringRequested = 100
    /// The accepter accepted: `provisioning`.
    case peeringAccepted = 101
    /// Seven days passed without acceptance: `expired`.
    case peeringExpired = 102
    /// Provisioning finished: `active`.
    case peeringActive = 103
    /// Routes and security-group rules of one side are in place (`a`: 0 lower VPC, 1 higher).
    case peeringRoutesAdded = 104
}

extension PeeringMeshStrategy {
    public typealias EventKind = PeeringEventKind
    public static var eventRange: Range<UInt32> { 100..<200 }
}

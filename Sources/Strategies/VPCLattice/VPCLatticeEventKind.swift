/// The control-plane events of VPCLatticeStrategy: kinds 400..<500, its sub-range of the
/// control plane's 0..<1000 (`VPCLatticeStrategy.eventRange`).
public enum VPCLatticeEventKind: UInt32, ControlPlaneEvent {
    /// A Region's service network is active (`target`: region index).
    case serviceNetworkActive = 400
    /// A provider's Lattice service (target group, targets, service, listener) is active
    /// (`target`: service index).
    case serviceActive = 401
    /// A service's association with its Region's service network is active (`target`:
    /// service index).
    case serviceAssociationActive = 402
    /// A consumer VPC's association with its Region's service network is active (`target`:
    /// VPC index).
    case vpcAssociationActive = 403
}

extension VPCLatticeStrategy {
    public typealias EventKind = VPCLatticeEventKind
    public static var eventRange: Range<UInt32> { 400..<500 }
}

/// The control-plane events of SharedVPCStrategy: kinds 500..<600, its sub-range of the
/// control plane's 0..<1000 (`SharedVPCStrategy.eventRange`).
public enum SharedVPCEventKind: UInt32, ControlPlaneEvent {
    /// A Region's shared VPC and its resource share exist (`target`: region index).
    case sharedVPCAvailable = 500
    /// A workload's subnets are shared with its account (`target`: VPC index).
    case subnetsShared = 501
    /// A peering between two Regions' shared VPCs is active (`target`: peering number).
    case regionPeeringActive = 502
    /// Both shared VPCs' routes toward a Region peering are in place (`target`: peering number).
    case regionRoutesAdded = 503
}

extension SharedVPCStrategy {
    public typealias EventKind = SharedVPCEventKind
    public static var eventRange: Range<UInt32> { 500..<600 }
}

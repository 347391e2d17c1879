/// The control-plane events of SharedVPCStrategy: kinds 500..<600, its sub-range of the
/// control plane's 0..<1000 (`SharedVPCStrategy.eventRange`).
public enum SharedVPCEventKind: UInt32, ControlPlaneEvent {
    /// A Region's shared VPC and its resource share exist (`target`: region index).
    case sharedVPCAvailable = 500
    /// A workload's subnets are shared with its account (`target`: VPC index).
    case subnetsShared = 501
    /// A peering between two Regions' shared VPCs is active (`target`: link number).
    case regionPeeringActive = 502
    /// Both shared VPCs' routes toward a Region peering are in place (`target`: link number).
    case regionRoutesAdded = 503
    /// `tgw-peering`: a Region's transit gateway is available (`target`: region index).
    case regionGatewayAvailable = 504
    /// `tgw-peering`: a Region's shared VPC is attached to its gateway (`target`: region index).
    case regionAttachmentAvailable = 505
    /// `tgw-peering`: the peering attachment of two Regions' gateways is available
    /// (`target`: link number).
    case gatewayPeeringAvailable = 506
    /// `tgw-peering`: both gateways' static routes toward the peering attachment and both
    /// shared VPCs' routes toward their gateway are in place (`target`: link number).
    case gatewayRoutesAdded = 507
}

extension SharedVPCStrategy {
    public typealias EventKind = SharedVPCEventKind
    public static var eventRange: Range<UInt32> { 500..<600 }
}

/// The control-plane events of TransitGatewayStrategy: kinds 300..<400, its sub-range of the
/// control plane's 0..<1000 (`TransitGatewayStrategy.eventRange`).
public enum TransitGatewayEventKind: UInt32, ControlPlaneEvent {
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
}

extension TransitGatewayStrategy {
    public typealias EventKind = TransitGatewayEventKind
    public static var eventRange: Range<UInt32> { 300..<400 }
}

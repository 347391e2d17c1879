/// The control-plane events of PrivateLinkHubStrategy: kinds 200..<300, its sub-range of the
/// control plane's 0..<1000 (`PrivateLinkHubStrategy.eventRange`).
public enum PrivateLinkEventKind: UInt32, ControlPlaneEvent {
    /// The provider's Network Load Balancer is active (`target`: service index).
    case loadBalancerActive = 200
    /// The endpoint service is available (`target`: service index).
    case endpointServiceAvailable = 201
    /// The provider accepted an endpoint connection (`target`: endpoint number).
    case endpointAccepted = 202
    /// An interface endpoint is `available` (`target`: endpoint number).
    case endpointAvailable = 203
}

extension PrivateLinkHubStrategy {
    public typealias EventKind = PrivateLinkEventKind
    public static var eventRange: Range<UInt32> { 200..<300 }
}

/// One network interface (describe-network-interfaces): how a flow-log address and the
/// `interface-id` of a record are mapped to a VPC, and how the interfaces of load balancers
/// and interface endpoints are told apart from clients'.
public struct EstateNetworkInterface: Sendable {
    public var id: String
    public var vpcId: String?
    public var subnetId: String?
    /// Its private IPv4 addresses (the primary first) and IPv6 addresses.
    public var addresses: [String]
    /// `interface`, `network_load_balancer`, `vpc_endpoint`, ...
    public var interfaceType: String?
    /// AWS writes `ELB net/NAME/ID` on a load balancer's interfaces
    /// (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html).
    public var interfaceDescription: String?
    /// The instance it is attached to, if any.
    public var instanceId: String?
    public var source: ItemSource
}

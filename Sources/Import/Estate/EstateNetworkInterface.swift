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
    /// The description the creating service writes on a requester-managed interface, e.g.
    /// "VPC Endpoint Interface vpce-…" (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html).
    /// ⚠ assumption: a load balancer's interfaces read `ELB net/NAME/ID` (the tail of its ARN
    /// after `loadbalancer/`); AWS's page does not give the load balancer's form.
    public var interfaceDescription: String?
    /// The instance it is attached to, if any.
    public var instanceId: String?
    public var source: ItemSource
    /// The security groups it is in: which groups an address or instance has.
    public var securityGroups: [String] = []

    /// Its primary private IPv4 address.
    public var privateIp: String? { addresses.first { !$0.contains(":") } }
}

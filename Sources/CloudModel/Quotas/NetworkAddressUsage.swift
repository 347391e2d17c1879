/// Network Address Usage (NAU): the units AWS counts per resource of a VPC, against the
/// `network_address_usage_per_vpc` and `peered_network_address_usage` quotas.
///
/// AWS's table ("How NAU is calculated", Network Address Usage for your VPC,
/// https://docs.aws.amazon.com/vpc/latest/userguide/network-address-usage.html; awsdocs/
/// amazon-vpc-user-guide `network-address-usage.md`, commit 06e98d9): each IPv4 or IPv6
/// address assigned to a network interface of an EC2 instance in the VPC 1 unit; an
/// additional network interface on an instance 1; a prefix on an interface 1; a Network
/// Load Balancer per AZ 6; a VPC endpoint per AZ 6; a transit gateway attachment 6; a
/// Lambda function 6; a NAT gateway 6; an EFS attached to an instance 6. Exceeding a NAU
/// quota fails RunInstances, AttachNetworkInterface, AssignPrivateIpAddresses,
/// AssignIpv6Addresses and AcceptVpcPeeringConnection (same page).
public enum NetworkAddressUsage {
    /// One IPv4 or IPv6 address on an instance's network interface.
    public static let perInstanceAddress = 1
    /// A Network Load Balancer, per AZ it is enabled in.
    public static let perNetworkLoadBalancerPerAZ = 6
    /// A transit gateway (VPC) attachment.
    public static let perTransitGatewayAttachment = 6

    /// The units of one instance of a VPC: one address per family the VPC has (an IPv4
    /// address always, an IPv6 one when it has an IPv6 block). ⚠ Assumption: one interface,
    /// one address per family, no prefix.
    public static func perInstance(in vpc: VPC) -> Int {
        perInstanceAddress * (vpc.cidrs.contains { $0.family == .ipv6 } ? 2 : 1)
    }

    /// The units of the service instances of each VPC of `topology` (every instance of every
    /// service the VPC runs, `perInstance`); no other resource.
    public static func instanceUnits(_ topology: Topology) -> [Int] {
        var units = Array(repeating: 0, count: topology.vpcs.count)
        for service in topology.services {
            let entry = topology.vpcs[service.vpc]
            units[service.vpc] += service.instancesPerAZ * entry.zones.count * perInstance(in: entry.vpc)
        }
        return units
    }
}

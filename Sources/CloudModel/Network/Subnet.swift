/// A subnet: one Availability Zone's slice of the VPC's address space.
///
/// vpcsim gives a VPC one subnet per AZ it uses, carved in equal parts from the primary IPv4
/// CIDR (and a /64 from the first IPv6 CIDR, if any). Interface endpoints and TGW
/// attachments place one ENI per AZ subnet.
public struct Subnet: Hashable, Sendable {
    /// The AZ, by AZ id.
    public let zone: AvailabilityZoneID
    /// The subnet's IPv4 block.
    public let ipv4: IPv4Block
    /// The subnet's IPv6 block, for dual-stack VPCs.
    public let ipv6: IPv6Block?
    /// The index of the route table the subnet is associated with.
    public let routeTableIndex: Int

    /// A subnet in `zone` associated with route table `routeTableIndex`.
    public init(zone: AvailabilityZoneID, ipv4: IPv4Block, ipv6: IPv6Block?, routeTableIndex: Int) {
        self.zone = zone
        self.ipv4 = ipv4
        self.ipv6 = ipv6
        self.routeTableIndex = routeTableIndex
    }
}

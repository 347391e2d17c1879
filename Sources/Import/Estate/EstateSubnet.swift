/// One subnet: how a VPC's AZs, and the AZ of an address, are known.
public struct EstateSubnet: Sendable {
    public var id: String
    public var vpcId: String
    public var availabilityZone: String
    public var cidr: String?
    public var source: ItemSource
}

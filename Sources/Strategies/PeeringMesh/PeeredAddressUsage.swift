import CloudModel

/// Network Address Usage (NAU) of each VPC, as the peered-NAU quota counts it.
///
/// AWS: "Peered Network Address Usage – The maximum number of NAU units for a VPC and all of
/// its peered VPCs. If a VPC is peered with other VPCs in the same Region, the VPCs combined
/// can have up to 128,000 NAU units by default. You can request a quota increase up to
/// 512,000. ... VPCs that are peered across different Regions do not contribute"; each IPv4
/// or IPv6 address assigned to an instance's network interface is 1 unit, a Network Load
/// Balancer or VPC endpoint per AZ and a transit gateway attachment 6 units; exceeding it
/// fails `AcceptVpcPeeringConnection` (`NetworkAddressUsagePeeredLimitExceeded`)
/// (https://docs.aws.amazon.com/vpc/latest/userguide/network-address-usage.html; awsdocs/
/// amazon-vpc-user-guide `network-address-usage.md`, commit 06e98d9).
///
/// What vpcsim counts (⚠ assumption: it models no other resource): each service instance
/// holds one IPv4 address, plus one IPv6 address when its VPC has an IPv6 block. Peering
/// places no interfaces of its own, so a VPC's NAU does not change during a run.
enum PeeredAddressUsage {
    /// NAU units of each VPC of `topology`: its service instances' addresses, counted as
    /// every design counts them (`NetworkAddressUsage.instanceUnits`).
    static func units(_ topology: Topology) -> [Int] {
        NetworkAddressUsage.instanceUnits(topology)
    }
}

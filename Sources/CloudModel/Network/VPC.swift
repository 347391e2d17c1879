/// A VPC: its CIDRs, one subnet per Availability Zone, a number of route tables and a
/// security group.
///
/// The VPC holds what every strategy needs cheaply (blocks, zones, subnets). Route tables
/// are not stored: a 2,000-VPC mesh with four tables each would hold millions of routes.
/// Strategies count routes with `FamilyCount` and materialise a table (`makeRouteTable`)
/// only for the VPCs a data-plane query needs. Subnet i is associated with route table
/// i mod `routeTableCount`; all tables must carry the routes to peers that any subnet needs.
public struct VPC: Sendable, Equatable {
    /// The VPC id.
    public let id: VPCID
    /// The name given in the scenario.
    public let name: String
    /// The Region code.
    public let region: String
    /// The VPC's blocks; the first is the primary IPv4 block.
    public let cidrs: [CIDRBlock]
    /// One subnet per AZ, in the order the AZs were given.
    public let subnets: [Subnet]
    /// How many route tables the VPC has (the main one included).
    public let routeTableCount: Int
    /// The VPC's security group (vpcsim models one per VPC).
    public var securityGroup: SecurityGroup

    /// Builds a VPC in `region` using `zones`, carving one subnet per zone out of the primary
    /// IPv4 block (and a /64 out of the first IPv6 block, if any).
    public init(id: VPCID, name: String, region: Region, cidrs: [CIDRBlock], zones: [AvailabilityZoneID],
                routeTableCount: Int = 1, securityGroup: SecurityGroupID? = nil) throws(VPCError) {
        guard let primary = cidrs.first else { throw VPCError(vpc: name, reason: .noCIDR) }
        guard case .ipv4(let primaryV4) = primary else { throw VPCError(vpc: name, reason: .primaryNotIPv4) }
        for (i, a) in cidrs.enumerated() {
            for b in cidrs[(i + 1)...] where a.overlaps(b) {
                throw VPCError(vpc: name, reason: .overlappingCIDRs(a, b))
            }
        }
        guard !zones.isEmpty else { throw VPCError(vpc: name, reason: .noZones) }
        for (i, zone) in zones.enumerated() {
            guard region.zones.contains(zone) else {
                throw VPCError(vpc: name, reason: .zoneNotInRegion(zone, region: region.name))
            }
            guard !zones[..<i].contains(zone) else { throw VPCError(vpc: name, reason: .duplicateZone(zone)) }
        }
        guard routeTableCount >= 1 else { throw VPCError(vpc: name, reason: .tooFewRouteTables(routeTableCount)) }

        // Equal subnets: split into the next power of two ≥ the number of zones.
        var splitBits = 0
        while (1 << splitBits) < zones.count { splitBits += 1 }
        let v4Length = primaryV4.prefixLength + splitBits
        guard v4Length <= 32 else { throw VPCError(vpc: name, reason: .tooSmallForSubnets(primary, zones: zones.count)) }
        let firstV6 = cidrs.lazy.compactMap(\.ipv6).first
        if let v6 = firstV6, v6.prefixLength + splitBits > 64 {
            throw VPCError(vpc: name, reason: .tooSmallForSubnets(.ipv6(v6), zones: zones.count))
        }
        var subnets: [Subnet] = []
        for (i, zone) in zones.enumerated() {
            guard let v4 = primaryV4.subblock(UInt64(i), prefixLength: v4Length) else {
                throw VPCError(vpc: name, reason: .tooSmallForSubnets(primary, zones: zones.count))
            }
            subnets.append(Subnet(zone: zone, ipv4: v4, ipv6: firstV6?.subblock(UInt64(i), prefixLength: 64),
                                  routeTableIndex: i % routeTableCount))
        }

        self.id = id
        self.name = name
        self.region = region.name
        self.cidrs = cidrs
        self.subnets = subnets
        self.routeTableCount = routeTableCount
        self.securityGroup = SecurityGroup(id: securityGroup ?? SecurityGroupID(id.rawValue), vpc: id)
    }

    /// The AZs the VPC uses, in order.
    public var zones: [AvailabilityZoneID] { subnets.map(\.zone) }

    /// Whether any block of this VPC overlaps any block of `other`: AWS then refuses to peer
    /// them ("matching or overlapping IPv4 or IPv6 CIDR blocks", aws-facts.md §1.2) and a TGW
    /// cannot route between them.
    public func overlaps(_ other: VPC) -> Bool {
        cidrs.contains { a in other.cidrs.contains { a.overlaps($0) } }
    }

    /// Routes a peer's route table needs to reach this VPC: one per CIDR, per family.
    public var routesToReach: FamilyCount { FamilyCount.needed(toReach: cidrs) }

    /// Route table `index` with only its local routes, ready for the strategy's routes.
    /// Nil if `index` is out of range.
    public func makeRouteTable(_ index: Int) -> RouteTable? {
        guard (0..<routeTableCount).contains(index) else { return nil }
        return RouteTable(vpc: id, index: index, localBlocks: cidrs)
    }

    /// The subnet in `zone`, if the VPC uses that AZ.
    public func subnet(in zone: AvailabilityZoneID) -> Subnet? {
        subnets.first { $0.zone == zone }
    }
}

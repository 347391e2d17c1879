/// Why a VPC could not be built from its description.
public struct VPCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Reason: Equatable, Sendable {
        /// No CIDR given.
        case noCIDR
        /// The first CIDR is IPv6; AWS VPCs need a primary IPv4 block.
        case primaryNotIPv4
        /// Two of the VPC's own CIDRs overlap.
        case overlappingCIDRs(CIDRBlock, CIDRBlock)
        /// No AZ given.
        case noZones
        /// An AZ appears twice.
        case duplicateZone(AvailabilityZoneID)
        /// An AZ is not one of the Region's.
        case zoneNotInRegion(AvailabilityZoneID, region: String)
        /// Fewer than one route table.
        case tooFewRouteTables(Int)
        /// A block is too small to give every AZ a subnet.
        case tooSmallForSubnets(CIDRBlock, zones: Int)
    }

    /// The VPC's name.
    public let vpc: String
    /// What went wrong.
    public let reason: Reason

    /// An error about the VPC named `vpc`.
    public init(vpc: String, reason: Reason) {
        self.vpc = vpc
        self.reason = reason
    }

    /// A one-line explanation saying what was expected.
    public var message: String {
        switch reason {
        case .noCIDR:
            return "VPC \(vpc) has no CIDR; expected at least one IPv4 block such as 10.1.0.0/16"
        case .primaryNotIPv4:
            return "VPC \(vpc): the first CIDR must be IPv4 (the primary block); IPv6 blocks come after it"
        case .overlappingCIDRs(let a, let b):
            return "VPC \(vpc): its CIDRs \(a) and \(b) overlap; expected disjoint blocks"
        case .noZones:
            return "VPC \(vpc) uses no Availability Zone; expected at least 1"
        case .duplicateZone(let zone):
            return "VPC \(vpc) lists Availability Zone \(zone) twice"
        case .zoneNotInRegion(let zone, let region):
            return "VPC \(vpc): Availability Zone \(zone) is not in region \(region)"
        case .tooFewRouteTables(let n):
            return "VPC \(vpc): \(n) route tables; expected at least 1 (the main route table)"
        case .tooSmallForSubnets(let block, let zones):
            return "VPC \(vpc): \(block) is too small to split into \(zones) equal subnets, one per AZ"
        }
    }

    public var description: String { message }
}

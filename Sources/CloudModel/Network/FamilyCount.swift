/// A count per address family: static routes in a route table, or security-group rules in
/// one direction. AWS enforces both quotas "separately for IPv4 and IPv6" (aws-facts.md §1.1).
///
/// Strategies can compute a table's count from the peers' CIDRs alone (`needed(toReach:)`)
/// and check it against the quota without building the table: a 2,000-VPC mesh needs
/// ~2,000 routes per table, and materialising every table would cost gigabytes.
public struct FamilyCount: Hashable, Sendable, CustomStringConvertible {
    /// The IPv4 count.
    public var ipv4: Int
    /// The IPv6 count.
    public var ipv6: Int

    /// A count of `ipv4` and `ipv6`.
    @inlinable public init(ipv4: Int = 0, ipv6: Int = 0) {
        self.ipv4 = ipv4
        self.ipv6 = ipv6
    }

    /// No routes or rules.
    public static let zero = FamilyCount()

    /// The count for one family.
    @inlinable public subscript(family: AddressFamily) -> Int {
        get { family == .ipv4 ? ipv4 : ipv6 }
        set { if family == .ipv4 { ipv4 = newValue } else { ipv6 = newValue } }
    }

    /// Routes of both families together.
    @inlinable public var total: Int { ipv4 + ipv6 }

    /// The routes a table needs to reach every block in `destinations`: one per block, per family.
    public static func needed(toReach destinations: [CIDRBlock]) -> FamilyCount {
        var count = FamilyCount()
        for block in destinations { count[block.family] += 1 }
        return count
    }

    /// Whether both families fit the per-family limit.
    @inlinable public func fits(_ limit: QuotaLimit) -> Bool { limit.permits(ipv4) && limit.permits(ipv6) }

    /// The families that exceed the limit, IPv4 first.
    public func familiesOver(_ limit: QuotaLimit) -> [AddressFamily] {
        AddressFamily.allCases.filter { !limit.permits(self[$0]) }
    }

    @inlinable public static func + (a: FamilyCount, b: FamilyCount) -> FamilyCount {
        FamilyCount(ipv4: a.ipv4 + b.ipv4, ipv6: a.ipv6 + b.ipv6)
    }

    @inlinable public static func += (a: inout FamilyCount, b: FamilyCount) { a = a + b }

    @inlinable public static func * (a: FamilyCount, n: Int) -> FamilyCount {
        FamilyCount(ipv4: a.ipv4 * n, ipv6: a.ipv6 * n)
    }

    /// "IPv4 499, IPv6 0".
    public var description: String { "IPv4 \(ipv4), IPv6 \(ipv6)" }
}

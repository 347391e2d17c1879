/// A VPC route table: local routes for the VPC's CIDRs plus static routes, with
/// longest-prefix-match lookup over IPv4 and IPv6.
///
/// A value type of two compact per-family tables (see `PrefixTable`). The static-route
/// count is kept per family because AWS enforces routes_per_route_table separately for IPv4
/// and IPv6; adding a route beyond the quota fails with `RouteTableError`, never a crash.
///
/// Local routes (one per VPC CIDR) are not counted against the quota. ⚠ aws-facts.md does
/// not say whether AWS counts them; the docs call the quota "non-propagated routes" and the
/// local route exists in every table, so vpcsim treats it as outside the quota.
///
/// At scale, strategies need not build tables at all: `FamilyCount.needed(toReach:)` gives the
/// count a table would have, and tables are materialised only for VPCs a query needs.
public struct RouteTable: Sendable, Equatable {
    /// The VPC the table belongs to.
    public let vpc: VPCID
    /// The table's index among the VPC's route tables (0 is the main table).
    public let index: Int
    /// The VPC CIDRs the local routes cover (duplicates dropped).
    public let localBlocks: [CIDRBlock]

    private var v4 = PrefixTable<IPv4Block>()
    private var v6 = PrefixTable<IPv6Block>()

    /// A table holding only the local routes for `localBlocks`.
    public init(vpc: VPCID, index: Int, localBlocks: [CIDRBlock]) {
        self.vpc = vpc
        self.index = index
        var unique: [CIDRBlock] = []
        for block in localBlocks where !unique.contains(block) { unique.append(block) }
        self.localBlocks = unique
        for block in unique {
            switch block {
            case .ipv4(let b): v4.insert(b, target: .local)
            case .ipv6(let b): v6.insert(b, target: .local)
            }
        }
    }

    /// Static routes per family (local routes excluded): the quantity the quota limits.
    public var staticRouteCount: FamilyCount {
        FamilyCount(ipv4: v4.count - localCount(.ipv4), ipv6: v6.count - localCount(.ipv6))
    }

    private func localCount(_ family: AddressFamily) -> Int {
        localBlocks.reduce(0) { $0 + ($1.family == family ? 1 : 0) }
    }

    /// Adds a static route, refusing a duplicate destination, a `local` target, or a route
    /// that would take its family past `limit` (the routes_per_route_table quota).
    public mutating func add(_ destination: CIDRBlock, target: RouteTarget, limit: QuotaLimit) throws(RouteTableError) {
        guard target != .local else { throw RouteTableError(destination: destination, reason: .localRouteImmutable) }
        if let existing = self.target(of: destination) {
            throw RouteTableError(destination: destination, reason: existing == .local
                ? .localRouteImmutable : .duplicateDestination(existing: existing))
        }
        let family = destination.family
        guard limit.permits(staticRouteCount[family] + 1) else {
            throw RouteTableError(destination: destination,
                                  reason: .quotaExceeded(family: family, limit: limit.value ?? 0))
        }
        switch destination {
        case .ipv4(let b): v4.insert(b, target: target)
        case .ipv6(let b): v6.insert(b, target: target)
        }
    }

    /// Adds a static route under the quotas of a run.
    public mutating func add(_ destination: CIDRBlock, target: RouteTarget, quotas: QuotaSet) throws(RouteTableError) {
        try add(destination, target: target, limit: quotas[.routesPerRouteTable])
    }

    /// Points an existing static route elsewhere (e.g. to `blackhole` when its peering is deleted).
    public mutating func replace(_ destination: CIDRBlock, target: RouteTarget) throws(RouteTableError) {
        guard let existing = self.target(of: destination) else {
            throw RouteTableError(destination: destination, reason: .noSuchRoute)
        }
        guard existing != .local, target != .local else {
            throw RouteTableError(destination: destination, reason: .localRouteImmutable)
        }
        switch destination {
        case .ipv4(let b): v4.retarget(b, to: target)
        case .ipv6(let b): v6.retarget(b, to: target)
        }
    }

    /// Removes a static route and returns its target.
    @discardableResult
    public mutating func remove(_ destination: CIDRBlock) throws(RouteTableError) -> RouteTarget {
        guard let existing = self.target(of: destination) else {
            throw RouteTableError(destination: destination, reason: .noSuchRoute)
        }
        guard existing != .local else { throw RouteTableError(destination: destination, reason: .localRouteImmutable) }
        switch destination {
        case .ipv4(let b): _ = v4.remove(b)
        case .ipv6(let b): _ = v6.remove(b)
        }
        return existing
    }

    /// The target of exactly this destination (no prefix matching), if the table has it.
    public func target(of destination: CIDRBlock) -> RouteTarget? {
        switch destination {
        case .ipv4(let b): return v4.target(of: b)
        case .ipv6(let b): return v6.target(of: b)
        }
    }

    /// The route with the longest prefix containing `address`, or nil (no route: drop).
    public func lookup(_ address: IPAddress) -> Route? {
        switch address {
        case .ipv4(let a): return lookup(a)
        case .ipv6(let a): return lookup(a)
        }
    }

    /// Longest-prefix match for an IPv4 address.
    public func lookup(_ address: IPv4Address) -> Route? {
        v4.longestMatch(address).map { Route(destination: .ipv4($0.block), target: $0.target) }
    }

    /// Longest-prefix match for an IPv6 address.
    public func lookup(_ address: IPv6Address) -> Route? {
        v6.longestMatch(address).map { Route(destination: .ipv6($0.block), target: $0.target) }
    }

    /// Every route, local ones included: IPv4 then IPv6, each by network then prefix length.
    /// Builds an array; for counting use `staticRouteCount`.
    public var routes: [Route] {
        let four = v4.entries.map { Route(destination: .ipv4($0.block), target: $0.target) }
        let six = v6.entries.map { Route(destination: .ipv6($0.block), target: $0.target) }
        return (four + six).sorted { $0.destination < $1.destination }
    }
}

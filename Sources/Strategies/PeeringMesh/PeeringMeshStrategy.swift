import CloudModel
import SimKernel

/// A mesh of VPC peering connections: every pair of VPCs (`mesh: full`) or only the pairs
/// that exchange traffic (`mesh: needed`).
///
/// When a VPC joins, it requests a peering with each partner that exists already, in join
/// order (so the later VPC of a pair is always the requester). Each request is checked
/// first, in this order, and fails at once when:
/// 1. the two VPCs have overlapping CIDRs (AWS puts the request in `failed`; reason
///    `overlap`);
/// 2. either VPC would exceed `peerings_per_vpc`, `peered_network_address_usage` (same
///    Region only: the VPC's NAU plus its same-Region peers', `PeeredAddressUsage`),
///    `routes_per_route_table` (the peer's CIDRs, per family) or `rules_per_security_group`
///    (one inbound rule per peer CIDR, per family, where rules are needed): a quota
///    violation, reason `quota`.
///
/// Quota accounting (⚠ a modelling choice): AWS's quota counts *active* connections per
/// VPC and checks the accepter's count at acceptance; vpcsim reserves the slot, the routes
/// and the rules when the connection is planned and holds them while it is planned,
/// pending or active, as careful automation would (it never creates a connection it could
/// not route). Hence in a full mesh at 125 per VPC, VPC 127 is the first whose peerings
/// all fail. Expired and deleted connections give their slot back.
///
/// One AWS account per VPC (⚠ assumption): the outstanding-request quota
/// (`pending_peering_requests`) applies to each requester VPC; requests beyond it wait for
/// a slot, in plan order, and are counted in `requestsWaited`.
///
/// Lifecycle: requested → `pending-acceptance` (after `peering_create`) → accepted (after
/// `peering.acceptance`, or at once when automatic) → `provisioning` → `active` (after
/// `peering_provision`) → each side's routes and rules (after `route_create`). An
/// acceptance that would come after `peering_request_expiry` (7 days) never comes: the
/// request expires then.
///
/// Routes: every route table of each side gets one route per CIDR of the other side.
/// A destination a table already holds (an identical CIDR of another peer) is refused as a
/// duplicate, so that peer stays unreachable (reason `overlap`) — longest-prefix match
/// over the tables decides everything else. Security groups: under `full`, each side
/// admits every CIDR of the other; under `needed`, a provider admits the CIDRs of its
/// consumers.
///
/// Route tables are virtual: one bit per (VPC, distinct block) says that the VPC's tables
/// hold a route to that block, and each connection records which of its peer's CIDRs it
/// installed. Counts are kept as they change; `routeTable(of:index:)` materialises a
/// CloudModel `RouteTable` on demand for inspection.
public struct PeeringMeshStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.peeringMesh
    public let context: StrategyContext
    let mesh: PeeringSettings.Mesh
    /// The quotas checked per connection and per request, read once.
    let limits: PeeringLimits

    var peerings: [PeeringRecord] = []
    /// Per connection (same numbers as `peerings`), its lifecycle state: one byte each, so
    /// the state checks of most events (a full mesh of 2,000 VPCs has two million
    /// connections, whose events come in random order) read a table a sixteenth the size of
    /// the records, not the records.
    var states: [PeeringState] = []
    /// `mesh: needed` only: connection number by pair key (`high << 32 | low`).
    var pairNumbers: [UInt64: UInt32] = [:]

    /// Per VPC: connections holding quota (planned, pending, active).
    var held: [Int32]
    /// Per VPC: static routes per table reserved (quota) and installed (inventory).
    var routesReserved: [FamilyCount]
    var routesInstalled: [FamilyCount]
    /// Per VPC: inbound rules reserved in its security group.
    var rulesReserved: [FamilyCount]
    /// Per VPC: its Network Address Usage, and the NAU of the same-Region peers it holds.
    let addressUsage: [Int]
    var peeredAddressUsage: [Int]
    /// Per requester VPC: requests outstanding, and its planned connections
    /// (numbers `queueNext..<queueEnd`, contiguous since a VPC plans all at once).
    var outstanding: [Int32]
    var queueNext: [UInt32]
    var queueEnd: [UInt32]
    /// [VPC, block]: the VPC's route tables hold a route to the block.
    var routeBits: BitMatrix
    /// [VPC, block]: the VPC's security group admits the block.
    var ruleBits: BitMatrix

    public init(context: StrategyContext) {
        self.context = context
        mesh = context.configuration.options.peering.mesh
        limits = PeeringLimits(context.quotas)
        let n = context.topology.vpcs.count, blocks = context.addresses.blocks.count
        held = Array(repeating: 0, count: n)
        routesReserved = Array(repeating: .zero, count: n)
        routesInstalled = Array(repeating: .zero, count: n)
        rulesReserved = Array(repeating: .zero, count: n)
        addressUsage = PeeredAddressUsage.units(context.topology)
        peeredAddressUsage = Array(repeating: 0, count: n)
        outstanding = Array(repeating: 0, count: n)
        queueNext = Array(repeating: 0, count: n)
        queueEnd = Array(repeating: 0, count: n)
        routeBits = BitMatrix(rows: n, columns: blocks)
        ruleBits = BitMatrix(rows: n, columns: blocks)
        if mesh == .full {
            peerings.reserveCapacity(n * (n - 1) / 2)
            states.reserveCapacity(n * (n - 1) / 2)
        }
    }

    // MARK: Pairs

    /// The connection between VPCs `a` and `b`, if one was ever planned.
    func pair(_ a: Int, _ b: Int) -> Int? {
        guard a != b else { return nil }
        let low = min(a, b), high = max(a, b)
        switch mesh {
        case .full:
            let id = high * (high - 1) / 2 + low
            return id < peerings.count ? id : nil
        case .needed:
            return pairNumbers[UInt64(high) << 32 | UInt64(low)].map(Int.init)
        }
    }

    /// Number of tables of VPC `v`.
    @inline(__always) func tables(_ v: Int) -> Int { context.routeTableCounts[v] }

    /// Routes (or rules) VPC `v`'s CIDRs need in a peer: one per CIDR, per family.
    @inline(__always) func footprint(_ v: Int) -> FamilyCount { context.footprints[v] }

    // MARK: Joining

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        let now = simulator.now
        queueNext[v] = UInt32(peerings.count)
        switch mesh {
        case .full:
            for u in 0..<v { plan(low: u, high: v, ruleSides: 3, ledger: &ledger) }
            ledger.addGoals(owner: v, count: v)
        case .needed:
            for u in context.graph.partners(of: v) where u < v {
                plan(low: u, high: v, ruleSides: ruleSides(low: u, high: v), ledger: &ledger)
            }
        }
        queueEnd[v] = UInt32(peerings.count)
        var planned = 0
        for id in Int(queueNext[v])..<Int(queueEnd[v]) where states[id] == .planned { planned += 1 }
        let launched = launch(requester: v, in: &simulator, ledger: &ledger)
        ledger.requestsWaited += planned - launched
        if mesh == .needed {
            openDemandGoals(joining: v, at: now, ledger: &ledger)
        } else {
            refreshDemands(of: v, at: now, ledger: &ledger)
        }
    }

    /// Under `needed`, which sides admit the other: a provider admits its consumers.
    private func ruleSides(low: Int, high: Int) -> UInt8 {
        var sides: UInt8 = 0
        context.graph.forEachDemand(between: low, and: high) { d in
            sides |= context.graph.provider[d] == low ? 1 : 2
        }
        return sides
    }

    /// Checks and records one connection (the caller appends in join order).
    private mutating func plan(low: Int, high: Int, ruleSides: UInt8, ledger: inout ControlPlaneLedger) {
        if mesh == .needed { pairNumbers[UInt64(high) << 32 | UInt64(low)] = UInt32(peerings.count) }
        if context.addresses.overlap(low, high) {
            ledger.count(Operation.createVpcPeeringConnection)
            append(PeeringRecord(low: low, high: high, failure: .overlap, ruleSides: ruleSides), .failed)
            return
        }
        if let quota = refusingQuota(low: low, high: high, ruleSides: ruleSides) {
            ledger.count(Operation.createVpcPeeringConnection)
            ledger.violate(quota)
            append(PeeringRecord(low: low, high: high, failure: .quota, ruleSides: ruleSides), .failed)
            return
        }
        reserve(low: low, high: high, ruleSides: ruleSides, sign: 1)
        append(PeeringRecord(low: low, high: high, ruleSides: ruleSides), .planned)
    }

    /// Records the next connection.
    private mutating func append(_ record: PeeringRecord, _ state: PeeringState) {
        peerings.append(record)
        states.append(state)
    }

    /// The first quota the connection would break, if any.
    private func refusingQuota(low: Int, high: Int, ruleSides: UInt8) -> QuotaKey? {
        let peeringLimit = limits.peeringsPerVPC
        if !peeringLimit.permits(Int(held[low]) + 1) || !peeringLimit.permits(Int(held[high]) + 1) {
            return .peeringsPerVPC
        }
        if context.region(of: low) == context.region(of: high) {
            let nauLimit = limits.peeredAddressUsage
            let pair = addressUsage[low] + addressUsage[high]
            if !nauLimit.permits(pair + peeredAddressUsage[low]) || !nauLimit.permits(pair + peeredAddressUsage[high]) {
                return .peeredNetworkAddressUsage
            }
        }
        let routeLimit = limits.routesPerTable
        if !(routesReserved[low] + footprint(high)).fits(routeLimit) || !(routesReserved[high] + footprint(low)).fits(routeLimit) {
            return .routesPerRouteTable
        }
        let ruleLimit = limits.rulesPerGroup
        if ruleSides & 1 != 0, !(rulesReserved[low] + footprint(high)).fits(ruleLimit) { return .rulesPerSecurityGroup }
        if ruleSides & 2 != 0, !(rulesReserved[high] + footprint(low)).fits(ruleLimit) { return .rulesPerSecurityGroup }
        return nil
    }

    /// Takes (sign 1) or gives back (sign -1) a connection's quota.
    mutating func reserve(low: Int, high: Int, ruleSides: UInt8, sign: Int) {
        held[low] += Int32(sign)
        held[high] += Int32(sign)
        if context.region(of: low) == context.region(of: high) {
            peeredAddressUsage[low] += addressUsage[high] * sign
            peeredAddressUsage[high] += addressUsage[low] * sign
        }
        routesReserved[low] += footprint(high) * sign
        routesReserved[high] += footprint(low) * sign
        if ruleSides & 1 != 0 { rulesReserved[low] += footprint(high) * sign }
        if ruleSides & 2 != 0 { rulesReserved[high] += footprint(low) * sign }
    }

    /// Sends the requester's planned requests while it has outstanding-request slots;
    /// returns how many it sent.
    @discardableResult
    mutating func launch<Queue: EventQueue>(requester v: Int, in simulator: inout Simulator<Queue>,
                                            ledger: inout ControlPlaneLedger) -> Int {
        let limit = limits.pendingRequests
        var sent = 0
        while queueNext[v] < queueEnd[v], limit.permits(Int(outstanding[v]) + 1) {
            let id = Int(queueNext[v])
            queueNext[v] += 1
            guard states[id] == .planned else { continue }
            states[id] = .requesting
            outstanding[v] += 1
            sent += 1
            ledger.count(Operation.createVpcPeeringConnection)
            // The requester travels with the request's events (`a`), so that its acceptance
            // need not read the record.
            ledger.schedule(EventKind.peeringRequested, after: context.timer.draw(TimedOperation.peeringCreate), target: id,
                            a: v, in: &simulator)
        }
        return sent
    }
}

import CloudModel
import SimKernel

/// A shared VPC per Region: one VPC owned by a network account, whose subnets are shared
/// through AWS RAM with the account of every workload (each of the topology's VPCs is a
/// workload), and the Regions' shared VPCs linked in a full mesh, by VPC peering or by
/// their transit gateways' peering (`shared_vpc.cross_region`).
///
/// VPC sharing "allows multiple AWS accounts to create their application resources … into
/// shared, centrally-managed virtual private clouds"; participants "belong to the same
/// organization", and sharing leverages "the implicit routing within a VPC" ("Share your
/// VPC subnets with other accounts", Amazon VPC User Guide). So inside a Region no peering,
/// attachment or route is needed: the VPC's local route connects every workload.
///
/// The first workload of a Region creates its shared VPC and resource share
/// (`shared_vpc_create`). Each workload then gets one subnet per AZ it uses, associated
/// with the share (`subnet_share`); inside an organization with RAM sharing enabled there
/// is no invitation to accept. A shared VPC holds at most `subnets_per_vpc` subnets (200,
/// "Amazon VPC quotas"): a workload whose subnets would exceed it
/// is refused (`quota`), as is one whose addresses would not fit in the VPC's IPv4 CIDR
/// blocks (`cidr_blocks_per_vpc`, at most a /16 each: ⌈addresses held ÷ 65,536⌉
/// blocks), one that would take the VPC's Network Address Usage over
/// `network_address_usage_per_vpc` (64,000 units by default, 256,000 at most; its
/// instances' addresses and its load balancers' 6 units per AZ, and under `tgw-peering` the
/// attachment's 6, `SharedVPCWorkload`), and one whose own participant account would hold
/// more than `network_interfaces_per_region` interfaces or `security_groups_per_region`
/// groups (resources a participant creates count against its own account's quotas). The
/// checks run in that order and the first that fails is the violation. The Regions are
/// linked as `shared_vpc.cross_region` says:
/// - `peering` (the default): when a shared VPC becomes available it requests a peering
///   with every shared VPC already available (the network account is on both sides, so it
///   accepts its own request; `region_peering`), then each side adds one route to the
///   other's CIDR (`route_create`);
/// - `tgw-peering`: with its shared VPC, each Region gets a transit gateway
///   (`shared_vpc_tgw_create`), when the topology has workloads in more than one Region;
///   once both are available the shared VPC is attached to it (`shared_vpc_tgw_attachment`;
///   one account owns both, so no acceptance), with one interface per AZ the Region's
///   workloads use (⚠ assumption: the attachment is planned from the whole topology, so
///   later workloads need no change to it). A gateway that becomes available requests a
///   peering attachment with every gateway already available, which the network account
///   accepts at once (AWS requires the accept even in one account; ⚠ no delay assumed;
///   `shared_vpc_tgw_peering`). Once a peering and both Regions' attachments are
///   available, each gateway gets a static route toward the peering for the other Region's
///   shared-VPC CIDR (peering attachments do not propagate routes: "you must add a static
///   route … that points to the transit gateway peering attachment",
///   https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-add-route.html) and each
///   shared VPC a route to that CIDR through its gateway (`route_create`). Each attachment
///   propagates its shared VPC's CIDR into its gateway's default route table. Quotas (the
///   transit-gateway design's): `tgw_route_tables_per_tgw` (one table used),
///   `tgw_attachments_per_tgw` (the VPC attachment and the peerings),
///   `tgw_peering_attachments_per_tgw` (one per other Region) and `tgw_routes_per_tgw`
///   (the propagated route and one static route per other Region); a refused gateway,
///   attachment, peering or route leaves the pairs that need it `quota`. Accepted at once,
///   peerings never wait on `tgw_pending_peering_attachments`. Each Region's attachment
///   is a capacity checkpoint of the data plane per AZ, with the transit-gateway design's
///   limits (`SharedVPCPath`);
/// - `none`: no link; cross-Region pairs are `no-route`.
/// Either way a shared VPC's blocks are routed as one CIDR (⚠ assumption: one route per
/// other Region, whatever the number of blocks), and its route table holds at most
/// `routes_per_route_table` of them: a route beyond it is refused and leaves the link
/// `quota` (the local routes do not count).
///
/// Assumptions (⚠): workloads are re-addressed from the shared VPC's CIDR blocks, so the
/// topology's own CIDRs, and their overlaps, do not constrain this design (the migration
/// this takes is not modelled); the shared VPC has one route table; a provider's security
/// group admits each Region's shared-VPC CIDR it has consumers in with one rule (referencing
/// consumers' groups is possible inside one VPC, but one rule per consumer would hit
/// `rules_per_security_group` at 60 consumers).
public struct SharedVPCStrategy: ConnectivityStrategy {
    public static let kind = StrategyKind.sharedVPC
    public let context: StrategyContext
    /// `shared_vpc.cross_region`, read once.
    let crossRegion: SharedVPCSettings.CrossRegion

    /// Where a workload's subnets stand.
    enum Share: Equatable {
        case none, waitingForVPC, pending, shared, refused
    }

    // Per region
    var vpcState: [AttachmentState]
    var waiting: [[Int]]
    var subnetsHeld: [Int]
    /// IPv4 addresses the shared VPC's blocks hold for its workloads.
    var addressesHeld: [UInt64]
    /// Network Address Usage units of the shared VPC: its workloads' and, under
    /// `tgw-peering`, its transit gateway attachment's.
    var addressUnitsHeld: [Int]
    /// Per (region, region): link number, or -1.
    var peeringBetween: [[Int]]
    /// Per region: routes in its shared VPC's route table (one per linked region), and those
    /// requested (in place or on the way), which `routes_per_route_table` bounds.
    var routes: [Int]
    var routesRequested: [Int]
    /// `tgw-peering`, per region: its transit gateway, its shared VPC's attachment to it,
    /// the gateway's attachments (VPC and peering) and peering attachments, the routes of
    /// its route table, and whether its shared VPC's propagated route was refused.
    var gatewayState: [AttachmentState]
    var attachmentState: [AttachmentState]
    var attachmentsHeld: [Int]
    var peeringAttachmentsHeld: [Int]
    var gatewayRoutes: [Int]
    var propagationRefused: [Bool]
    /// Per region: the AZs its workloads use, the interfaces of its VPC attachment.
    let regionZoneCounts: [Int]
    /// The topology has workloads in more than one region (else no gateway is created).
    let multiRegion: Bool

    // Region links (peerings or TGW peering attachments)
    var peerings: [SharedVPCRegionLink] = []

    // Per workload
    /// What each workload brings into the shared VPC (NAU, interfaces, security groups).
    let workloads: [SharedVPCWorkload]
    var share: [Share]
    /// Per provider workload: the regions its security group admits.
    var admitted: [Set<Int>]

    public init(context: StrategyContext) {
        self.context = context
        crossRegion = context.configuration.options.sharedVPC.crossRegion
        let regions = context.topology.regions.count, n = context.topology.vpcs.count
        vpcState = Array(repeating: .none, count: regions)
        waiting = Array(repeating: [], count: regions)
        subnetsHeld = Array(repeating: 0, count: regions)
        addressesHeld = Array(repeating: 0, count: regions)
        addressUnitsHeld = Array(repeating: 0, count: regions)
        peeringBetween = Array(repeating: Array(repeating: -1, count: regions), count: regions)
        routes = Array(repeating: 0, count: regions)
        routesRequested = Array(repeating: 0, count: regions)
        gatewayState = Array(repeating: .none, count: regions)
        attachmentState = Array(repeating: .none, count: regions)
        attachmentsHeld = Array(repeating: 0, count: regions)
        peeringAttachmentsHeld = Array(repeating: 0, count: regions)
        gatewayRoutes = Array(repeating: 0, count: regions)
        propagationRefused = Array(repeating: false, count: regions)
        var zones = Array(repeating: Set<Int>(), count: regions)
        for vpc in context.topology.vpcs { zones[vpc.region].formUnion(vpc.zones) }
        regionZoneCounts = zones.map(\.count)
        multiRegion = zones.filter { !$0.isEmpty }.count > 1
        workloads = SharedVPCWorkload.all(context.topology)
        share = Array(repeating: .none, count: n)
        admitted = Array(repeating: [], count: n)
    }

    public mutating func vpcCreated<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                        ledger: inout ControlPlaneLedger) {
        let r = context.region(of: v)
        if vpcState[r] == .none {
            ledger.count(Operation.createVpc)
            ledger.count(Operation.createResourceShare)
            vpcState[r] = .pending
            ledger.schedule(EventKind.sharedVPCAvailable, after: context.timer.draw(TimedOperation.sharedVPCCreate),
                            target: r, in: &simulator)
            if crossRegion == .tgwPeering && multiRegion {
                // The attachment is planned from the whole topology: its units count from the start.
                addressUnitsHeld[r] += NetworkAddressUsage.perTransitGatewayAttachment
                createGateway(r, in: &simulator, ledger: &ledger)
            }
        }
        let zones = context.zoneCounts[v], addresses = Self.ipv4Addresses(of: context.topology.vpcs[v].vpc)
        let quotas = context.quotas, workload = workloads[v]
        if !quotas.permits(.subnetsPerVPC, count: subnetsHeld[r] + zones) {
            ledger.count(Operation.createSubnet)
            ledger.violate(.subnetsPerVPC)
            share[v] = .refused
        } else if !quotas.permits(.ipv4CIDRBlocksPerVPC, count: Self.blocks(holding: addressesHeld[r] + addresses)) {
            ledger.count(Operation.associateVpcCidrBlock)
            ledger.violate(.ipv4CIDRBlocksPerVPC)
            share[v] = .refused
        } else if let quota = Self.refusingQuota(workload, addressUnitsHeld: addressUnitsHeld[r], quotas: quotas) {
            // The workload's own calls (RunInstances, CreateNetworkInterface, CreateSecurityGroup)
            // are not among the design's counted calls, so the refusal counts none.
            ledger.violate(quota)
            share[v] = .refused
        } else {
            addressUnitsHeld[r] += workload.addressUnits
            let added = Self.blocks(holding: addressesHeld[r] + addresses) - Self.blocks(holding: addressesHeld[r])
            // The first block comes with CreateVpc; each further one is an association.
            ledger.count(Operation.associateVpcCidrBlock, max(0, added - (addressesHeld[r] == 0 ? 1 : 0)))
            subnetsHeld[r] += zones
            addressesHeld[r] += addresses
            if vpcState[r] == .available {
                startSharing(v, in: &simulator, ledger: &ledger)
            } else {
                share[v] = .waitingForVPC
                waiting[r].append(v)
            }
        }
        openDemandGoals(joining: v, at: simulator.now, ledger: &ledger)
    }

    /// The first quota a workload's resources break in its Region's shared VPC (holding
    /// `addressUnitsHeld` NAU units already) or in its own account, if any:
    /// `network_address_usage_per_vpc` on the shared VPC's total (RunInstances fails with
    /// NetworkAddressUsageLimitExceeded, network-address-usage.html), then
    /// `network_interfaces_per_region` and `security_groups_per_region` on the workload's
    /// own (participant) account (see `SharedVPCWorkload`). The shared VPCs are peered
    /// across Regions only, and inter-Region peers do not count toward
    /// `peered_network_address_usage`, so that quota never binds here.
    static func refusingQuota(_ workload: SharedVPCWorkload, addressUnitsHeld: Int, quotas: QuotaSet) -> QuotaKey? {
        if !quotas.permits(.networkAddressUsagePerVPC, count: addressUnitsHeld + workload.addressUnits) {
            return .networkAddressUsagePerVPC
        }
        if !quotas.permits(.networkInterfacesPerRegion, count: workload.networkInterfaces) { return .networkInterfacesPerRegion }
        if !quotas.permits(.securityGroupsPerRegion, count: workload.securityGroups) { return .securityGroupsPerRegion }
        return nil
    }

    /// The largest block a VPC can hold: a /16 ("VPC CIDR blocks", Amazon VPC User Guide).
    static let largestBlock: UInt64 = 1 << 16

    /// The blocks of at most a /16 that hold `addresses` (workloads are re-addressed with
    /// prefixes of /16 or longer, so they pack without gaps: ⚠ assumption).
    static func blocks(holding addresses: UInt64) -> Int {
        Int((addresses + largestBlock - 1) / largestBlock)
    }

    /// The IPv4 addresses a workload takes with it into the shared VPC: those of its own
    /// CIDRs.
    static func ipv4Addresses(of vpc: VPC) -> UInt64 {
        vpc.cidrs.reduce(0) { $0 + ($1.ipv4?.addressCount ?? 0) }
    }

    /// Creates workload `v`'s subnets and shares them with its account.
    mutating func startSharing<Queue: EventQueue>(_ v: Int, in simulator: inout Simulator<Queue>,
                                                  ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.createSubnet, context.zoneCounts[v])
        ledger.count(Operation.associateResourceShare)
        share[v] = .pending
        ledger.schedule(EventKind.subnetsShared, after: context.timer.draw(TimedOperation.subnetShare), target: v, in: &simulator)
    }

    /// Requests the two shared-VPC routes of link `id`, one in each Region's table toward the
    /// other Region's CIDR (through the peering, or through the Region's gateway). A table
    /// already holding `routes_per_route_table` routes refuses its route (the call is still
    /// made): the link is left `quota`. The local routes do not count (see the quota's note).
    mutating func requestRegionRoutes(_ id: Int, ledger: inout ControlPlaneLedger) {
        ledger.count(Operation.createRoute, 2)
        for r in [peerings[id].a, peerings[id].b] {
            if context.quotas.permits(.routesPerRouteTable, count: routesRequested[r] + 1) {
                routesRequested[r] += 1
            } else {
                ledger.violate(.routesPerRouteTable)
                peerings[id].routeRefused.insert(r)
                peerings[id].failure = .quota
            }
        }
    }

    /// Puts link `id`'s requested shared-VPC routes in place (not the refused ones).
    mutating func addRegionRoutes(_ id: Int, ledger: inout ControlPlaneLedger) {
        for r in [peerings[id].a, peerings[id].b] where !peerings[id].routeRefused.contains(r) {
            routes[r] += 1
            ledger.inventory.routeEntriesTotal += 1
            ledger.inventory.noteTable(entries: routes[r])
        }
    }

    /// Requests the peering of two available shared VPCs; the network account accepts its
    /// own request.
    mutating func peer<Queue: EventQueue>(_ r: Int, with q: Int, in simulator: inout Simulator<Queue>,
                                          ledger: inout ControlPlaneLedger) {
        let id = peerings.count
        peerings.append(SharedVPCRegionLink(a: q, b: r))
        peeringBetween[r][q] = id
        peeringBetween[q][r] = id
        ledger.count(Operation.createVpcPeeringConnection)
        ledger.count(Operation.acceptVpcPeeringConnection)
        ledger.schedule(EventKind.regionPeeringActive, after: context.timer.draw(TimedOperation.regionPeering),
                        target: id, in: &simulator)
    }
}

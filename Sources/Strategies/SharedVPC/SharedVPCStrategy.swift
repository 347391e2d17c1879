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
/// blocks). The Regions are linked as `shared_vpc.cross_region` says:
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
///   peerings never wait on `tgw_pending_peering_attachments`. The attachments are not
///   capacity checkpoints of the data plane (only the gateway hops are modelled);
/// - `none`: no link; cross-Region pairs are `no-route`.
/// Either way a shared VPC's blocks are routed as one CIDR (⚠ assumption: one route per
/// other Region, whatever the number of blocks).
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
    /// Per (region, region): link number, or -1.
    var peeringBetween: [[Int]]
    /// Per region: routes in its shared VPC's route table (one per linked region).
    var routes: [Int]
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
        peeringBetween = Array(repeating: Array(repeating: -1, count: regions), count: regions)
        routes = Array(repeating: 0, count: regions)
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
            if crossRegion == .tgwPeering && multiRegion { createGateway(r, in: &simulator, ledger: &ledger) }
        }
        let zones = context.zoneCounts[v], addresses = Self.ipv4Addresses(of: context.topology.vpcs[v].vpc)
        if !context.quotas.permits(.subnetsPerVPC, count: subnetsHeld[r] + zones) {
            ledger.count(Operation.createSubnet)
            ledger.violate(.subnetsPerVPC)
            share[v] = .refused
        } else if !context.quotas.permits(.ipv4CIDRBlocksPerVPC, count: Self.blocks(holding: addressesHeld[r] + addresses)) {
            ledger.count(Operation.associateVpcCidrBlock)
            ledger.violate(.ipv4CIDRBlocksPerVPC)
            share[v] = .refused
        } else {
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

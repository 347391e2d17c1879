import CloudModel
import SimKernel

/// A shared VPC per Region: one VPC owned by a network account, whose subnets are shared
/// through AWS RAM with the account of every workload (each of the topology's VPCs is a
/// workload), and the Regions' shared VPCs peered in a full mesh.
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
/// blocks). When a shared VPC becomes available it requests a peering with
/// every shared VPC already available (unless `shared_vpc.cross_region` is false) (the network account is on both sides, so it
/// accepts its own request; `region_peering`), then each side adds one route to the other's
/// CIDR (`route_create`).
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
    let crossRegion: Bool

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
    /// Per (region, region): peering number, or -1.
    var peeringBetween: [[Int]]
    /// Per region: routes in its shared VPC's route table (one per peered region).
    var routes: [Int]

    // Region peerings
    var peerings: [(a: Int, b: Int, routed: Bool)] = []

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
        peerings.append((r, q, false))
        peeringBetween[r][q] = id
        peeringBetween[q][r] = id
        ledger.count(Operation.createVpcPeeringConnection)
        ledger.count(Operation.acceptVpcPeeringConnection)
        ledger.schedule(EventKind.regionPeeringActive, after: context.timer.draw(TimedOperation.regionPeering),
                        target: id, in: &simulator)
    }
}
